package io.vertiform.components.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.components.datasource.ProviderConfigReaderDataSource;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, ProviderConfigReaderDataSource.class})
class VertiformProviderTest {

    @Test
    void anEmptyProviderBlockGivesTheDefaults(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        CtyValue v = client.readDataSource("vertiform_provider_config_reader", Map.of()).orFail("read").value();
        assertThat(v.getAttr("api_endpoint").isNull()).isTrue();
        assertThat(v.getAttr("api_token").isNull()).isTrue();
        assertThat(v.getAttr("api_timeout")).isEqualTo(CtyValue.numberIntVal(30));
        assertThat(v.getAttr("api_retries")).isEqualTo(CtyValue.numberIntVal(0));
        assertThat(v.getAttr("api_insecure_skip_verify")).isEqualTo(CtyValue.FALSE);
        assertThat(v.getAttr("api_headers")).isEqualTo(CtyValue.mapValEmpty(CtyType.STRING));
    }

    @Test
    void theReaderShowsEachSessionsOwnConfigurationWithTheTokenSensitive(ProviderClient client) {
        client.configure(Map.of("api_endpoint", "https://api.example.com/v1", "api_token", "s3cret",
                "api_timeout", 12, "api_retries", 3, "api_insecure_skip_verify", true,
                "api_headers", Map.of("X-Team", "core"))).orFail("configure");
        ProviderClient other = client.harness().session(Map.of(), client.workingDirectory());
        other.configure(Map.of("api_endpoint", "http://localhost:8080")).orFail("configure other");

        CtyValue v = client.readDataSource("vertiform_provider_config_reader", Map.of()).orFail("read").value();
        assertThat(v.getAttr("api_endpoint").asString()).isEqualTo("https://api.example.com/v1");
        assertThat(v.getAttr("api_token").asString()).isEqualTo("s3cret");
        assertThat(v.getAttr("api_timeout")).isEqualTo(CtyValue.numberIntVal(12));
        assertThat(v.getAttr("api_retries")).isEqualTo(CtyValue.numberIntVal(3));
        assertThat(v.getAttr("api_insecure_skip_verify")).isEqualTo(CtyValue.TRUE);
        assertThat(v.getAttr("api_headers")).isEqualTo(CtyValue.mapVal(Map.of("X-Team", CtyValue.stringVal("core"))));
        assertThat(other.readDataSource("vertiform_provider_config_reader", Map.of()).orFail("read other").value()
                .getAttr("api_endpoint").asString()).isEqualTo("http://localhost:8080");

        assertThat(client.dataSourceSchema("vertiform_provider_config_reader").attributes())
                .filteredOn(a -> a.name().equals("api_token")).singleElement()
                .satisfies(a -> assertThat(a.sensitive()).isTrue());
        assertThat(client.schemas().provider().block().attributes())
                .filteredOn(a -> a.name().equals("api_token")).singleElement()
                .satisfies(a -> assertThat(a.sensitive()).isTrue());
    }

    @Test
    void badSettingsAreErrorsAtTheirAttribute(ProviderClient client) {
        assertThat(errorPaths(client.validateProvider(Map.of("api_endpoint", "ftp://x")))).containsExactly("api_endpoint");
        assertThat(errorPaths(client.validateProvider(Map.of("api_timeout", 0)))).containsExactly("api_timeout");
        assertThat(errorPaths(client.validateProvider(Map.of("api_retries", 11)))).containsExactly("api_retries");
        assertThat(client.validateProvider(Map.of("api_endpoint", "https://ok.example.com")).diagnostics()).isEmpty();
    }

    @Test
    void readingBeforeConfigureIsAClearError(ProviderClient client) {
        Outcome o = client.readDataSource("vertiform_provider_config_reader", Map.of());
        assertThat(o.diagnostics()).filteredOn(Diagnostic::isError).singleElement()
                .satisfies(d -> assertThat(d.summary()).isEqualTo("Provider not configured"));
    }

    private static java.util.List<String> errorPaths(Outcome o) {
        return o.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.attribute().toString()).toList();
    }
}
