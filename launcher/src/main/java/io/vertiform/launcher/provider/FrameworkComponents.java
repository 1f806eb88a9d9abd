package io.vertiform.launcher.provider;

import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.server.FrameworkOptions;
import io.vertiform.framework.server.ProviderServer;
import io.vertiform.rpc.process.ComponentDeployer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;

/**
 * Serves the framework components listed in the class path's component index (the standard provider
 * {@code vertiform} in the fat jar, or whatever an author's jars add) from {@code vertiform provider}. Found by the
 * provider command through {@link java.util.ServiceLoader}; deploys nothing when the index is empty.
 */
public final class FrameworkComponents implements ComponentDeployer {

    /** A plugin process has no hub to register in: the plugin protocol is its only door. */
    private static final FrameworkOptions OPTIONS = FrameworkOptions.DEFAULT.withRegisterInHub(false);

    @Override
    public String name() {
        return "framework components";
    }

    @Override
    public Future<?> deploy(Vertx vertx, Map<String, String> environment) {
        ComponentRegistry registry;
        try {
            registry = ComponentRegistry.fromIndex(FrameworkComponents.class.getClassLoader());
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
        if (registry.all().isEmpty()) {
            return Future.succeededFuture();
        }
        return ProviderServer.deploy(vertx, registry, OPTIONS);
    }
}
