package io.vertiform.framework.context;

import io.vertiform.foundation.error.ProviderException;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.session.SessionContext;
import io.vertx.core.Vertx;

/**
 * What every request handed to author code offers: the session (environment, working directory, Terraform
 * version, client capabilities), the diagnostics to report to, the provider's configured data, cancellation
 * and a logger.
 */
public abstract class RequestContext {

    private final Scope scope;

    protected RequestContext(Scope scope) {
        this.scope = scope;
    }

    /** The session; read the environment here, never through {@code System.getenv()}. */
    public SessionContext session() {
        return scope.context();
    }

    public Diagnostics diagnostics() {
        return scope.diagnostics();
    }

    /**
     * What the provider's {@code configure} returned for this session (an API client, typically).
     *
     * @throws ProviderException when the provider is not configured yet or returned something else
     */
    public <T> T providerData(Class<T> type) {
        if (!scope.session().configured()) {
            throw ProviderException.error("Provider not configured",
                    "This operation needs the provider's configuration, but ConfigureProvider has not run in this "
                            + "session.");
        }
        Object data = scope.session().providerData();
        if (!type.isInstance(data)) {
            throw ProviderException.error("Unexpected provider data",
                    "Expected the provider's configure to return a " + type.getName() + ", got "
                            + (data == null ? "nothing" : data.getClass().getName()) + ".");
        }
        return type.cast(data);
    }

    /** True once Terraform stopped the provider or abandoned this request; long work should check it. */
    public boolean isCancelled() {
        return scope.cancelled().get();
    }

    public VertiformLogger log() {
        return scope.log();
    }

    /** For authors who go asynchronous (HTTP clients and the like). */
    public Vertx vertx() {
        return scope.vertx();
    }

    protected Scope scope() {
        return scope;
    }
}
