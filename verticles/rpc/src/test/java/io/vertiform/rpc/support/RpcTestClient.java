package io.vertiform.rpc.support;

import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.Transport;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.grpc.client.GrpcClient;
import io.vertx.grpc.client.GrpcClientOptions;
import io.vertx.grpc.common.GrpcStatus;
import io.vertx.grpc.common.ServiceMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A gRPC client that connects to a plugin session the way go-plugin does: from its handshake line. */
public final class RpcTestClient implements AutoCloseable {

    private final GrpcClient client;
    private final SocketAddress address;

    private RpcTestClient(GrpcClient client, SocketAddress address) {
        this.client = client;
        this.address = address;
    }

    /**
     * Connects per {@code line}; with {@code clientCert} it trusts exactly the certificate in the line and
     * presents {@code clientCert}. Without it the connection is plaintext HTTP/2.
     */
    public static RpcTestClient connect(Vertx vertx, HandshakeLine line, SelfSignedCertificate clientCert) {
        HttpClientOptions http = new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2)
                .setHttp2ClearTextUpgrade(false);
        String[] fields = line.format().split("\\|", -1);
        if (clientCert != null) {
            byte[] der = Base64.getDecoder().decode(fields[5]);
            String serverPem = "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(der)
                    + "\n-----END CERTIFICATE-----\n";
            http.setSsl(true).setUseAlpn(true)
                    .setVerifyHost(line.transport() == Transport.TCP)
                    .setKeyCertOptions(new PemKeyCertOptions()
                            .setCertValue(Buffer.buffer(clientCert.certificatePem()))
                            .setKeyValue(Buffer.buffer(clientCert.privateKeyPem())))
                    .setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(serverPem)));
        }
        GrpcClient client = GrpcClient.client(vertx, new GrpcClientOptions().setMaxMessageSize(512L << 20), http);
        return new RpcTestClient(client, address(line));
    }

    public static SocketAddress address(HandshakeLine line) {
        if (line.transport() == Transport.UNIX) {
            return SocketAddress.domainSocketAddress(line.address());
        }
        String[] hostPort = line.address().split(":");
        return SocketAddress.inetSocketAddress(Integer.parseInt(hostPort[1]), hostPort[0]);
    }

    /** The outcome of a call: its messages and final status. */
    public record Outcome<R>(List<R> messages, GrpcStatus status, String statusMessage) {
        public R single() {
            if (status != GrpcStatus.OK || messages.size() != 1) {
                throw new AssertionError("expected one message and OK, got " + messages.size() + " messages, status "
                        + status + " " + statusMessage);
            }
            return messages.get(0);
        }
    }

    /**
     * Sends {@code requests} (one for unary calls) and collects the answer; {@code timeoutMillis} 0 for none,
     * negative for a deadline the server alone enforces.
     */
    public <Q, R> Future<Outcome<R>> call(ServiceMethod<R, Q> method, List<Q> requests, long timeoutMillis) {
        return call(method, requests, timeoutMillis, message -> { });
    }

    /** As {@link #call}, also handing each message to {@code onMessage} as it arrives. */
    public <Q, R> Future<Outcome<R>> call(ServiceMethod<R, Q> method, List<Q> requests, long timeoutMillis,
                                          java.util.function.Consumer<R> onMessage) {
        return client.request(address, method).compose(req -> {
            if (timeoutMillis > 0) {
                req.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            } else if (timeoutMillis < 0) {
                // Only announce the deadline to the server: the client itself does not give up first.
                req.headers().set("grpc-timeout", (-timeoutMillis) + "m");
            }
            for (int i = 0; i < requests.size() - 1; i++) {
                req.write(requests.get(i));
            }
            req.end(requests.get(requests.size() - 1));
            return req.response().compose(resp -> {
                List<R> messages = new ArrayList<>();
                Promise<Outcome<R>> done = Promise.promise();
                resp.handler(m -> {
                    messages.add(m);
                    onMessage.accept(m);
                });
                resp.endHandler(v -> done.tryComplete(new Outcome<>(messages, resp.status(), resp.statusMessage())));
                resp.exceptionHandler(err -> done.tryComplete(new Outcome<>(messages,
                        resp.status() == null ? GrpcStatus.UNKNOWN : resp.status(), String.valueOf(err.getMessage()))));
                return done.future();
            });
        });
    }

    /** Sends one request and hands back the open call, e.g. to cancel it. */
    public <Q, R> Future<io.vertx.grpc.client.GrpcClientRequest<Q, R>> send(ServiceMethod<R, Q> method, Q request) {
        return client.request(address, method).compose(req -> req.end(request).map(v -> req));
    }

    /** A unary call that must succeed with one message. */
    public <Q, R> R unary(ServiceMethod<R, Q> method, Q request) {
        return Await.result(call(method, List.of(request), 0), Duration.ofSeconds(20)).single();
    }

    public <Q, R> Outcome<R> outcome(ServiceMethod<R, Q> method, Q request, long timeoutMillis) {
        return Await.result(call(method, List.of(request), timeoutMillis), Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        Await.result(client.close(), Duration.ofSeconds(10));
    }
}
