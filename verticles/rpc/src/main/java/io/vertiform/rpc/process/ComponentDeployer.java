package io.vertiform.rpc.process;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;

/**
 * Deploys provider components (the verticles that answer provider addresses) into the plugin's Vert.x
 * instance. Implementations are found with {@link java.util.ServiceLoader}; the provider process deploys them
 * right after it prints the handshake line (start-up time is what the host waits for), and the session holds
 * every call until all of them are deployed, so the first RPC already finds them.
 */
public interface ComponentDeployer {

    /** A short name for logs. */
    String name();

    /** Deploys; resolves once the component's consumers are registered. */
    Future<?> deploy(Vertx vertx, Map<String, String> environment);
}
