package io.vertiform.testkit.provider;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.transport.ProviderTransport;
import io.vertiform.contracts.provider.transport.ProviderTransportFactory;
import io.vertiform.foundation.hub.Hub;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.server.FrameworkOptions;
import io.vertiform.framework.server.ProviderDeployment;
import io.vertiform.framework.server.ProviderServer;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider booted in-process on its own fresh Vert.x: the hub, the framework's deployment and a way in for
 * each session — the event bus with a session describer standing in for the RPC layer, or a real plugin
 * session per client reached over gRPC ({@link #startOverProtocol}). Hands out {@link ProviderClient}s, one per
 * session. Close it to stop everything.
 */
public final class ProviderHarness implements AutoCloseable {

    /** What a current Terraform (1.12+) announces. */
    public static final ClientCapabilities MODERN_CLIENT = new ClientCapabilities(true, true, false, false);

    private final Vertx vertx;
    /** Null over gRPC: each plugin session describes itself. */
    private final SessionDescriber describer;
    private final ProviderTransportFactory wire;
    private final int protocol;
    private final ProviderDeployment deployment;
    private final List<ProviderTransport> transports = new CopyOnWriteArrayList<>();

    private ProviderHarness(Vertx vertx, SessionDescriber describer, ProviderTransportFactory wire, int protocol,
                            ProviderDeployment deployment) {
        this.vertx = vertx;
        this.describer = describer;
        this.wire = wire;
        this.protocol = protocol;
        this.deployment = deployment;
    }

    /** Boots {@code registry}, reached over the event bus; blocks the calling (test) thread until it serves. */
    public static ProviderHarness start(ComponentRegistry registry) {
        return boot(registry, null, 0);
    }

    /**
     * Boots {@code registry} reached through plugin protocol {@code protocol} (5 or 6): every session is a real
     * plugin session on the same Vert.x and its client speaks gRPC with AutoMTLS. Needs vertiform-rpc on the
     * class path.
     */
    public static ProviderHarness startOverProtocol(ComponentRegistry registry, int protocol) {
        ProviderTransportFactory wire = WireTransports.forProtocol(protocol,
                Thread.currentThread().getContextClassLoader());
        return boot(registry, wire, protocol);
    }

    private static ProviderHarness boot(ComponentRegistry registry, ProviderTransportFactory wire, int protocol) {
        Vertx vertx = Vertx.vertx();
        try {
            MessageCodecs.registerAll(vertx);
            Await.result(Hub.deployRegistry(vertx));
            SessionDescriber describer = wire == null ? Await.result(SessionDescriber.start(vertx)) : null;
            ProviderDeployment d = Await.result(ProviderServer.deploy(vertx, registry, FrameworkOptions.DEFAULT));
            return new ProviderHarness(vertx, describer, wire, protocol, d);
        } catch (RuntimeException | AssertionError e) {
            Await.result(vertx.close());
            throw e;
        }
    }

    /** A client for a new session launched with {@code env} from {@code workingDirectory}. */
    public ProviderClient session(Map<String, String> env, String workingDirectory) {
        ProviderTransport transport;
        if (wire == null) {
            transport = new BusTransport(vertx, describer.add(env, workingDirectory));
        } else {
            transport = Await.result(wire.open(vertx,
                    new ProviderTransportFactory.SessionSpec(protocol, env, workingDirectory)));
            transports.add(transport);
        }
        return new ProviderClient(this, transport, MODERN_CLIENT, env, workingDirectory);
    }

    /** The plugin protocol sessions are reached over; empty (0) over the event bus. */
    public int protocol() {
        return protocol;
    }

    public Vertx vertx() {
        return vertx;
    }

    public ProviderDeployment deployment() {
        return deployment;
    }

    @Override
    public void close() {
        try {
            for (ProviderTransport t : transports) {
                Await.result(t.close());
            }
            Await.result(deployment.undeploy());
            if (describer != null) {
                Await.result(describer.stop());
            }
        } finally {
            Await.result(vertx.close());
        }
    }
}
