package io.vertiform.launcher.pack;

import io.vertiform.rpc.proto.health.HealthCheckRequest;
import io.vertiform.rpc.proto.health.HealthGrpcClient;
import io.vertiform.rpc.tls.AutoMtls;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.tools.flavorpack.build.TrainingExercise;
import io.vertx.core.Future;
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
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * The pack-time training run's host: connects to the freshly started provider as Terraform does (the handshake
 * line's address, AutoMTLS with the training host certificate, HTTP/2) and makes the first calls Terraform makes,
 * so the TLS handshake and the request path through the components are recorded in the start-up archive as well.
 */
final class TrainingClient implements TrainingExercise {

    private static final long CALL_TIMEOUT_SECONDS = 60;

    private final SelfSignedCertificate host;

    /** @param host the certificate (and key) the training environment announced in PLUGIN_CLIENT_CERT */
    TrainingClient(SelfSignedCertificate host) {
        this.host = host;
    }

    @Override
    public void exercise(String handshakeLine) throws Exception {
        String[] fields = handshakeLine.split("\\|", -1);
        if (fields.length != 6 || !"grpc".equals(fields[4]) || fields[5].isEmpty()) {
            throw new IllegalStateException("not an AutoMTLS go-plugin handshake line: " + handshakeLine);
        }
        int protocol = Integer.parseInt(fields[1]);
        boolean unix = "unix".equals(fields[2]);
        SocketAddress address = unix ? SocketAddress.domainSocketAddress(fields[3]) : tcp(fields[3]);
        Vertx vertx = Vertx.vertx();
        try {
            GrpcClient client = GrpcClient.client(vertx, new GrpcClientOptions(), tls(fields[5], !unix));
            call(client, address, HealthGrpcClient.Check, HealthCheckRequest.newBuilder().setService("plugin").build());
            if (protocol == 5) {
                call(client, address, io.vertiform.rpc.proto.v5.ProviderGrpcClient.GetSchema,
                        io.vertiform.rpc.proto.v5.GetProviderSchema.Request.getDefaultInstance());
            } else {
                call(client, address, io.vertiform.rpc.proto.v6.ProviderGrpcClient.GetProviderSchema,
                        io.vertiform.rpc.proto.v6.GetProviderSchema.Request.getDefaultInstance());
            }
            client.close().toCompletionStage().toCompletableFuture().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** Trusts exactly the certificate in the handshake line and presents the host certificate. */
    private HttpClientOptions tls(String serverCertificate, boolean verifyHost) {
        String serverPem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(Base64.getDecoder().decode(serverCertificate))
                + "\n-----END CERTIFICATE-----\n";
        return new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false)
                .setSsl(true).setUseAlpn(true).setVerifyHost(verifyHost)
                .setEnabledSecureTransportProtocols(AutoMtls.PROTOCOLS)
                .setKeyCertOptions(new PemKeyCertOptions()
                        .setCertValue(Buffer.buffer(host.certificatePem()))
                        .setKeyValue(Buffer.buffer(host.privateKeyPem())))
                .setTrustOptions(new PemTrustOptions().addCertValue(Buffer.buffer(serverPem)));
    }

    private static <Q, R> void call(GrpcClient client, SocketAddress address, ServiceMethod<R, Q> method, Q request)
            throws Exception {
        GrpcStatus status = client.request(address, method)
                .compose(req -> {
                    req.end(request);
                    return req.response();
                })
                .compose(response -> response.end().transform(ar -> Future.succeededFuture(response.status())))
                .toCompletionStage().toCompletableFuture().get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (status != GrpcStatus.OK) {
            throw new IllegalStateException(method.methodName() + " answered " + status);
        }
    }

    private static SocketAddress tcp(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        return SocketAddress.inetSocketAddress(Integer.parseInt(hostPort.substring(colon + 1)),
                hostPort.substring(0, colon));
    }
}
