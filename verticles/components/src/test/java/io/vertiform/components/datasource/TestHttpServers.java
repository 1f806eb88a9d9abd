package io.vertiform.components.datasource;

import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SelfSignedCertificate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP (and HTTPS, self-signed) server on 127.0.0.1 for the vertiform_http_api tests:
 * {@code /ok} 200 JSON, {@code /missing} 404, {@code /boom} 500, {@code /echo} the request as JSON,
 * {@code /slow} answers after 20 s, {@code /flaky} drops the first connection of each test.
 */
final class TestHttpServers implements AutoCloseable {

    private final HttpServer http;
    private final HttpServer https;
    /** Key generation is the slow part; one certificate serves every test of the JVM. */
    private static final SelfSignedCertificate CERTIFICATE = SelfSignedCertificate.create("localhost");

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(CERTIFICATE::delete));
    }

    final AtomicInteger flakyCalls = new AtomicInteger();

    TestHttpServers(Vertx vertx) {
        http = Await.result(vertx.createHttpServer().requestHandler(r -> handle(vertx, r)).listen(0, "127.0.0.1"));
        https = Await.result(vertx.createHttpServer(new HttpServerOptions().setSsl(true)
                .setKeyCertOptions(CERTIFICATE.keyCertOptions())).requestHandler(r -> handle(vertx, r))
                .listen(0, "127.0.0.1"));
    }

    String http(String path) {
        return "http://127.0.0.1:" + http.actualPort() + path;
    }

    String https(String path) {
        return "https://127.0.0.1:" + https.actualPort() + path;
    }

    private void handle(Vertx vertx, HttpServerRequest r) {
        String path = r.path();
        if (path.endsWith("/ok")) {
            r.response().putHeader("Content-Type", "application/json").putHeader("X-Reply", "yes")
                    .putHeader("Set-Cookie", "a=1").headers().add("Set-Cookie", "b=2");
            r.response().end("{\"hello\":\"world\"}");
        } else if (path.endsWith("/missing")) {
            r.response().setStatusCode(404).end("no such thing");
        } else if (path.endsWith("/boom")) {
            r.response().setStatusCode(500).putHeader("Content-Type", "text/plain").end("internal failure");
        } else if (path.endsWith("/echo")) {
            r.body().onSuccess(body -> {
                JsonObject headers = new JsonObject();
                r.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
                r.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                        .put("method", r.method().name()).put("path", path).put("query", r.query())
                        .put("headers", headers).put("body", body.toString()).encode());
            });
        } else if (path.endsWith("/slow")) {
            vertx.setTimer(20_000, id -> r.response().end("too late"));
        } else if (path.endsWith("/flaky")) {
            if (flakyCalls.incrementAndGet() == 1) {
                r.connection().close();
            } else {
                r.response().end("second time lucky");
            }
        } else {
            r.response().setStatusCode(400).end("unexpected path " + path);
        }
    }

    @Override
    public void close() {
        Await.result(http.close());
        Await.result(https.close());
    }
}
