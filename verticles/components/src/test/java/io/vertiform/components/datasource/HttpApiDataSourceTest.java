package io.vertiform.components.datasource;

import static io.vertiform.components.datasource.EnvVariablesDataSourceTest.errorPaths;
import static io.vertiform.components.datasource.EnvVariablesDataSourceTest.strings;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, HttpApiDataSource.class})
class HttpApiDataSourceTest {

    private TestHttpServers servers;

    /** Started by each test on the provider's own Vert.x, closed after it. */
    private TestHttpServers servers(ProviderClient client) {
        if (servers == null) {
            servers = new TestHttpServers(client.harness().vertx());
        }
        return servers;
    }

    @AfterEach
    void stop() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void everyStatusIsDataNotAnError(ProviderClient client) {
        TestHttpServers servers = servers(client);
        client.configure(Map.of()).orFail("configure");
        CtyValue ok = read(client, Map.of("url", servers.http("/ok")));
        assertThat(ok.getAttr("status_code")).isEqualTo(CtyValue.numberIntVal(200));
        assertThat(ok.getAttr("response_body").asString()).isEqualTo("{\"hello\":\"world\"}");
        assertThat(ok.getAttr("content_type").asString()).isEqualTo("application/json");
        assertThat(ok.getAttr("error_message").isNull()).isTrue();
        assertThat(strings(ok.getAttr("response_headers"))).containsEntry("x-reply", "yes")
                .containsEntry("set-cookie", "a=1, b=2");
        assertThat(ok.getAttr("header_count")).isEqualTo(CtyValue.numberIntVal(ok.getAttr("response_headers").lengthInt()));
        assertThat(ok.getAttr("response_time_ms").asBigFloat().signum()).isGreaterThanOrEqualTo(0);
        assertThat(ok.getAttr("method").isNull()).as("configured null stays null").isTrue();

        CtyValue missing = read(client, Map.of("url", servers.http("/missing")));
        assertThat(missing.getAttr("status_code")).isEqualTo(CtyValue.numberIntVal(404));
        assertThat(missing.getAttr("error_message").asString()).isEqualTo("404 Not Found");
        assertThat(missing.getAttr("response_body").asString()).isEqualTo("no such thing");

        CtyValue boom = read(client, Map.of("url", servers.http("/boom"), "method", "get"));
        assertThat(boom.getAttr("status_code")).isEqualTo(CtyValue.numberIntVal(500));
        assertThat(boom.getAttr("error_message").asString()).isEqualTo("500 Internal Server Error");
        assertThat(boom.getAttr("method").asString()).isEqualTo("get");
    }

    @Test
    void providerHeadersTokenAndOwnHeadersAreMerged(ProviderClient client) {
        TestHttpServers servers = servers(client);
        client.configure(Map.of("api_endpoint", servers.http("/api/"), "api_token", "t0k",
                "api_headers", Map.of("X-Team", "core", "X-Env", "test"))).orFail("configure");
        JsonObject seen = new JsonObject(read(client, Map.of("url", "/v1/echo?x=1",
                "headers", Map.of("x-team", "override", "X-Custom", "c"))).getAttr("response_body").asString());
        assertThat(seen.getString("path")).isEqualTo("/api/v1/echo");
        assertThat(seen.getString("query")).isEqualTo("x=1");
        JsonObject headers = seen.getJsonObject("headers");
        assertThat(headers.getString("authorization")).isEqualTo("Bearer t0k");
        assertThat(headers.getString("x-team")).isEqualTo("override");
        assertThat(headers.getString("x-env")).isEqualTo("test");
        assertThat(headers.getString("x-custom")).isEqualTo("c");

        JsonObject own = new JsonObject(read(client, Map.of("url", servers.http("/echo"), "method", "POST",
                "headers", Map.of("Authorization", "Basic abc", "Content-Type", "text/plain"), "body", "héllo"))
                .getAttr("response_body").asString());
        assertThat(own.getString("method")).isEqualTo("POST");
        assertThat(own.getString("body")).isEqualTo("héllo");
        assertThat(own.getJsonObject("headers").getString("authorization")).isEqualTo("Basic abc");
    }

    @Test
    void aSlowServerHitsTheTimeout(ProviderClient client) {
        TestHttpServers servers = servers(client);
        client.configure(Map.of("api_timeout", 30)).orFail("configure");
        long start = System.nanoTime();
        Outcome o = client.readDataSource("vertiform_http_api", Map.of("url", servers.http("/slow"), "timeout", 1));
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(errorPaths(o)).containsExactly("url");
        assertThat(o.diagnostics().get(0).summary()).isEqualTo("HTTP request timed out");
        assertThat(o.diagnostics().get(0).detail()).contains("1000 ms");
        assertThat(tookMs).isBetween(900L, 10_000L);
    }

    @Test
    void selfSignedCertificatesAreRefusedUnlessVerificationIsSkipped(ProviderClient client) {
        TestHttpServers servers = servers(client);
        client.configure(Map.of()).orFail("configure");
        Outcome refused = client.readDataSource("vertiform_http_api", Map.of("url", servers.https("/ok")));
        assertThat(errorPaths(refused)).containsExactly("url");
        Diagnostic d = refused.diagnostics().get(0);
        assertThat(d.summary()).isEqualTo("TLS verification failed");
        assertThat(d.detail()).contains("api_insecure_skip_verify");

        ProviderClient insecure = client.harness().session(Map.of(), client.workingDirectory());
        insecure.configure(Map.of("api_insecure_skip_verify", true)).orFail("configure");
        CtyValue ok = read(insecure, Map.of("url", servers.https("/ok")));
        assertThat(ok.getAttr("status_code")).isEqualTo(CtyValue.numberIntVal(200));
        assertThat(ok.getAttr("response_body").asString()).contains("world");
        // the first session's setting is unchanged
        assertThat(errorPaths(client.readDataSource("vertiform_http_api", Map.of("url", servers.https("/ok")))))
                .containsExactly("url");
    }

    @Test
    void droppedConnectionsAreRetriedAsConfigured(ProviderClient client) {
        TestHttpServers servers = servers(client);
        client.configure(Map.of()).orFail("configure");
        Outcome noRetry = client.readDataSource("vertiform_http_api", Map.of("url", servers.http("/flaky")));
        assertThat(errorPaths(noRetry)).containsExactly("url");
        assertThat(noRetry.diagnostics().get(0).summary()).isEqualTo("HTTP request failed");

        servers.flakyCalls.set(0);
        ProviderClient retrying = client.harness().session(Map.of(), client.workingDirectory());
        retrying.configure(Map.of("api_retries", 1)).orFail("configure");
        assertThat(read(retrying, Map.of("url", servers.http("/flaky"))).getAttr("response_body").asString())
                .isEqualTo("second time lucky");
        assertThat(servers.flakyCalls.get()).isEqualTo(2);
    }

    @Test
    void unreachableAndInvalidTargetsAreErrorsAtTheirAttribute(ProviderClient client) {
        TestHttpServers servers = servers(client);
        client.configure(Map.of()).orFail("configure");
        assertThat(errorPaths(client.readDataSource("vertiform_http_api", Map.of("url", "http://127.0.0.1:1/x"))))
                .containsExactly("url");
        assertThat(errorPaths(client.readDataSource("vertiform_http_api", Map.of("url", "relative/path"))))
                .containsExactly("url");
        assertThat(errorPaths(client.readDataSource("vertiform_http_api", Map.of("url", "ftp://example.com/x"))))
                .containsExactly("url");
        assertThat(errorPaths(client.readDataSource("vertiform_http_api", Map.of("url", "http://exa mple.com"))))
                .containsExactly("url");
        assertThat(errorPaths(client.readDataSource("vertiform_http_api",
                Map.of("url", servers.http("/ok"), "method", "FETCH")))).containsExactly("method");
        assertThat(errorPaths(client.readDataSource("vertiform_http_api",
                Map.of("url", servers.http("/ok"), "timeout", 0)))).containsExactly("timeout");
    }

    @Test
    void withoutConfigureTheProviderSaysSo(ProviderClient client) {
        TestHttpServers servers = servers(client);
        Outcome o = client.readDataSource("vertiform_http_api", Map.of("url", servers.http("/ok")));
        assertThat(o.hasErrors()).isTrue();
        assertThat(o.diagnostics().get(0).summary()).isEqualTo("Provider not configured");
    }

    private static CtyValue read(ProviderClient client, Map<String, ?> config) {
        return client.readDataSource("vertiform_http_api", config).orFail("read " + config.get("url")).value();
    }
}
