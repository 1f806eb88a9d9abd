package io.vertiform.rpc.client;

import io.vertiform.contracts.provider.transport.ProviderTransport;
import io.vertiform.contracts.provider.transport.ProviderTransportFactory;
import io.vertiform.rpc.handshake.ProtocolNegotiation;
import io.vertiform.rpc.session.PluginSession;
import io.vertiform.rpc.session.PluginSessionOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Provider calls over real gRPC inside one JVM: a {@link PluginSession} in front of the components on the same
 * Vert.x, launched with the caller's environment plus what Terraform adds (cookie, the one protocol asked for,
 * an AutoMTLS client certificate), and a {@link PluginClient} attached to it. Found by the testkit through
 * {@link java.util.ServiceLoader}.
 */
public final class GrpcProviderTransportFactory implements ProviderTransportFactory {

    @Override
    public String name() {
        return "grpc";
    }

    @Override
    public boolean supports(int protocol) {
        return ProtocolNegotiation.SUPPORTED.contains(protocol);
    }

    @Override
    public Future<ProviderTransport> open(Vertx vertx, SessionSpec spec) {
        if (!supports(spec.protocol())) {
            return Future.failedFuture(new IllegalArgumentException("no plugin protocol " + spec.protocol()));
        }
        Set<Integer> offered = Set.of(spec.protocol());
        return vertx.executeBlocking(ClientTls::newCertificate).compose(cert -> {
            Map<String, String> env = new LinkedHashMap<>(spec.environment());
            env.putAll(HostEnvironment.of(offered, cert));
            PluginSessionOptions options = PluginSessionOptions.of(env).withWorkingDirectory(spec.workingDirectory());
            return PluginSession.start(vertx, options).compose(session ->
                    PluginClient.attach(vertx, session.handshake().format(), offered, cert)
                            .<ProviderTransport>map(client -> new GrpcProviderTransport(session, client))
                            .recover(failure -> session.close().transform(x -> Future.failedFuture(failure))));
        });
    }
}
