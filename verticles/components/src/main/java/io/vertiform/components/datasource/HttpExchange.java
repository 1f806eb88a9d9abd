package io.vertiform.components.datasource;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Sends an {@link HttpTarget} with the Vert.x WebClient, without blocking: TLS verified unless the provider says
 * otherwise, the timeout covering the whole exchange (connect, TLS, response), connection failures retried
 * {@code retries} times (timeouts and TLS failures are not: they would fail again the same way).
 */
final class HttpExchange {

    /** What came back; any status counts, non-2xx included. */
    record Reply(int status, String statusMessage, String body, Map<String, String> headers, long elapsedMillis) {
    }

    /** Why nothing came back, in words for the diagnostic. */
    enum FailureKind { TIMEOUT, TLS, CONNECTION }

    static final class Failure extends RuntimeException {
        private final FailureKind kind;

        Failure(FailureKind kind, String message, Throwable cause) {
            super(message, cause);
            this.kind = kind;
        }

        FailureKind kind() {
            return kind;
        }
    }

    private HttpExchange() {
    }

    static Future<Reply> send(Vertx vertx, HttpTarget target, boolean insecureSkipVerify, int retries) {
        long timeoutMs = Math.max(1, target.timeout().toMillis());
        WebClientOptions options = new WebClientOptions()
                .setTrustAll(insecureSkipVerify)
                .setVerifyHost(!insecureSkipVerify)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeoutMs))
                .setKeepAlive(false)
                .setUserAgent("vertiform-provider");
        WebClient client = WebClient.create(vertx, options);
        return attempt(vertx, client, target, timeoutMs, retries).onComplete(ar -> client.close());
    }

    private static Future<Reply> attempt(Vertx vertx, WebClient client, HttpTarget target, long timeoutMs,
                                         int retriesLeft) {
        return once(vertx, client, target, timeoutMs).recover(err -> {
            Failure f = classify(err, target, timeoutMs);
            if (f.kind() == FailureKind.CONNECTION && retriesLeft > 0) {
                return attempt(vertx, client, target, timeoutMs, retriesLeft - 1);
            }
            return Future.failedFuture(f);
        });
    }

    private static Future<Reply> once(Vertx vertx, WebClient client, HttpTarget target, long timeoutMs) {
        HttpRequest<Buffer> request = client.requestAbs(HttpMethod.valueOf(target.method()), target.url())
                .idleTimeout(timeoutMs);
        target.headers().forEach(request::putHeader);
        long start = System.nanoTime();
        Promise<HttpResponse<Buffer>> result = Promise.promise();
        // The idle timeout alone lets a server that drips one byte a second hold the read forever.
        long timer = vertx.setTimer(timeoutMs, id -> result.tryFail(new TimeoutException(
                "no complete response within " + timeoutMs + " ms")));
        Future<HttpResponse<Buffer>> sent = target.body() == null ? request.send()
                : request.sendBuffer(Buffer.buffer(target.body(), StandardCharsets.UTF_8.name()));
        sent.onComplete(ar -> {
            vertx.cancelTimer(timer);
            if (ar.succeeded()) {
                result.tryComplete(ar.result());
            } else {
                result.tryFail(ar.cause());
            }
        });
        return result.future().map(r -> new Reply(r.statusCode(), r.statusMessage(),
                r.body() == null ? "" : r.body().toString(StandardCharsets.UTF_8), headersOf(r),
                (System.nanoTime() - start) / 1_000_000));
    }

    private static Map<String, String> headersOf(HttpResponse<Buffer> r) {
        Map<String, String> out = new TreeMap<>();
        for (String name : r.headers().names()) {
            out.put(name.toLowerCase(Locale.ROOT), String.join(", ", r.headers().getAll(name)));
        }
        return out;
    }

    static Failure classify(Throwable err, HttpTarget target, long timeoutMs) {
        for (Throwable t = err; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return new Failure(FailureKind.TLS, "TLS handshake with " + hostOf(target) + " failed: "
                        + t.getMessage(), err);
            }
            // Our own deadline is a TimeoutException; Vert.x's idle timeout and Netty's connect timeout are their
            // own classes (internal packages), recognisable by name only.
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return new Failure(FailureKind.TIMEOUT, target + " got no complete response within "
                        + timeoutMs + " ms.", err);
            }
        }
        String message = err.getMessage() == null ? err.getClass().getSimpleName() : err.getMessage();
        return new Failure(FailureKind.CONNECTION, target + " failed: " + message, err);
    }

    private static String hostOf(HttpTarget target) {
        try {
            return ConfigChecks.parseUri(target.url()).getAuthority();
        } catch (IllegalArgumentException e) {
            return target.url();
        }
    }
}
