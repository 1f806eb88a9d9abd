package io.vertiform.testkit.provider;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.foundation.hub.Hub;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.server.FrameworkOptions;
import io.vertiform.framework.server.ProviderDeployment;
import io.vertiform.framework.server.ProviderServer;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Vertx;
import java.util.Map;

/**
 * A provider booted in-process on its own fresh Vert.x: the hub, a session describer and the framework's
 * deployment. Hands out {@link ProviderClient}s, one per session. Close it to stop everything.
 */
public final class ProviderHarness implements AutoCloseable {

    /** What a current Terraform (1.12+) announces. */
    public static final ClientCapabilities MODERN_CLIENT = new ClientCapabilities(true, true, false, false);

    private final Vertx vertx;
    private final SessionDescriber describer;
    private final ProviderDeployment deployment;

    private ProviderHarness(Vertx vertx, SessionDescriber describer, ProviderDeployment deployment) {
        this.vertx = vertx;
        this.describer = describer;
        this.deployment = deployment;
    }

    /** Boots {@code registry}; blocks the calling (test) thread until it serves. */
    public static ProviderHarness start(ComponentRegistry registry) {
        Vertx vertx = Vertx.vertx();
        try {
            MessageCodecs.registerAll(vertx);
            Await.result(Hub.deployRegistry(vertx));
            SessionDescriber describer = Await.result(SessionDescriber.start(vertx));
            ProviderDeployment d = Await.result(ProviderServer.deploy(vertx, registry, FrameworkOptions.DEFAULT));
            return new ProviderHarness(vertx, describer, d);
        } catch (RuntimeException | AssertionError e) {
            Await.result(vertx.close());
            throw e;
        }
    }

    /** A client for a new session launched with {@code env} from {@code workingDirectory}. */
    public ProviderClient session(Map<String, String> env, String workingDirectory) {
        return new ProviderClient(this, describer.add(env, workingDirectory), MODERN_CLIENT, env, workingDirectory);
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
            Await.result(deployment.undeploy());
            Await.result(describer.stop());
        } finally {
            Await.result(vertx.close());
        }
    }
}
