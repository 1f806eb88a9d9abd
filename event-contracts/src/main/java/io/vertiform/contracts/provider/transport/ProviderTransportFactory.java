package io.vertiform.contracts.provider.transport;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Opens {@link ProviderTransport}s over a plugin protocol in front of components already deployed on a Vert.x
 * instance. Implementations are found with {@link ServiceLoader}: the gRPC one lives in vertiform-rpc, which
 * modules that only see the contracts (the testkit) cannot name.
 */
public interface ProviderTransportFactory {

    /** A session to open: the protocol to speak and what its (simulated) host launched it with. */
    record SessionSpec(int protocol, Map<String, String> environment, String workingDirectory) {
        public SessionSpec {
            environment = Map.copyOf(environment);
            Objects.requireNonNull(workingDirectory, "workingDirectory");
        }
    }

    /** Short name for messages, e.g. {@code grpc}. */
    String name();

    /** True when this factory can speak {@code protocol}. */
    boolean supports(int protocol);

    /**
     * Starts a session on {@code vertx} (whose event bus carries the components) and connects to it. The session
     * answers {@link io.vertiform.contracts.provider.DescribeSession} itself with the spec's environment and
     * working directory.
     */
    Future<ProviderTransport> open(Vertx vertx, SessionSpec spec);

    /** The first factory on {@code loader}'s class path that speaks {@code protocol}, if any. */
    static java.util.Optional<ProviderTransportFactory> find(ClassLoader loader, int protocol) {
        for (ProviderTransportFactory f : ServiceLoader.load(ProviderTransportFactory.class, loader)) {
            if (f.supports(protocol)) {
                return java.util.Optional.of(f);
            }
        }
        return java.util.Optional.empty();
    }
}
