package io.vertiform.framework.server;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.provider.CancelRequest;
import io.vertiform.contracts.provider.ConfigureProvider;
import io.vertiform.contracts.provider.GetFunctions;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.GetResourceIdentitySchemas;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.contracts.provider.SessionEnded;
import io.vertiform.contracts.provider.ValidateProviderConfig;
import io.vertiform.framework.engine.Engine;
import io.vertiform.framework.engine.ProviderModel;
import io.vertiform.framework.engine.ProviderOps;
import io.vertiform.framework.provider.Stoppable;
import io.vertiform.framework.session.SessionState;
import io.vertiform.framework.session.Sessions;
import io.vertx.core.Future;
import io.vertx.core.eventbus.MessageConsumer;
import java.util.List;
import java.util.Map;

/**
 * The provider-wide addresses: schemas, provider validation and configuration, identity schemas, functions,
 * and the stop/cancel broadcasts that abort a session's in-flight work.
 */
final class ProviderVerticle extends ComponentVerticle {

    private final Engine engine;
    private final ProviderModel provider;
    private final GetProviderSchema.Response schemas;
    private final GetResourceIdentitySchemas.Response identities;

    ProviderVerticle(Engine engine, ProviderModel provider, GetProviderSchema.Response schemas,
                     GetResourceIdentitySchemas.Response identities, Sessions sessions, FrameworkOptions options,
                     Map<String, String> metadata) {
        super(sessions, options, ComponentKinds.PROVIDER, provider.name().isEmpty() ? "provider" : provider.name(),
                ProviderAddresses.PREFIX, metadata);
        this.engine = engine;
        this.provider = provider;
        this.schemas = schemas;
        this.identities = identities;
    }

    @Override
    void consume() {
        serve(ProviderAddresses.SCHEMA, GetProviderSchema.Request.class, null,
                (q, s) -> Future.succeededFuture(schemas),
                d -> new GetProviderSchema.Response(null, null, null, null, null, null, null, null, d, null, null));
        serve(ProviderAddresses.FUNCTIONS, GetFunctions.Request.class, null,
                (q, s) -> Future.succeededFuture(new GetFunctions.Response(schemas.functions(), List.of())),
                d -> new GetFunctions.Response(null, d));
        serve(ProviderAddresses.IDENTITY_SCHEMAS, GetResourceIdentitySchemas.Request.class, null,
                (q, s) -> Future.succeededFuture(identities), d -> new GetResourceIdentitySchemas.Response(null, d));
        serve(ProviderAddresses.VALIDATE_PROVIDER, ValidateProviderConfig.Request.class, null,
                (q, s) -> ProviderOps.validate(engine, provider, q, s), d -> new ValidateProviderConfig.Response(null, d));
        serve(ProviderAddresses.CONFIGURE, ConfigureProvider.Request.class, ConfigureProvider.Request::clientCapabilities,
                (q, s) -> ProviderOps.configure(engine, provider, q, s), ConfigureProvider.Response::new);
        MessageConsumer<Object> stop = vertx.eventBus().localConsumer(ProviderAddresses.STOP, m -> {
            String sessionId = m.headers().get(ProviderHeaders.SESSION);
            SessionState state = resolvedSession(sessionId);
            if (state == null) {
                return;
            }
            state.cancelAll();
            if (provider.handler() instanceof Stoppable stoppable) {
                engine.workers().run(() -> {
                    stoppable.stop(state.context(null, 0));
                    return null;
                }).onFailure(e -> log.warn("provider stop hook failed", "error", e));
            }
        });
        MessageConsumer<Object> cancel = vertx.eventBus().localConsumer(ProviderAddresses.CANCEL, m -> {
            if (m.body() instanceof CancelRequest c) {
                SessionState state = resolvedSession(c.sessionId());
                if (state != null) {
                    state.cancel(c.requestId());
                }
            }
        });
        MessageConsumer<Object> ended = vertx.eventBus().localConsumer(SessionEnded.ADDRESS, m -> {
            String sessionId = m.headers().get(ProviderHeaders.SESSION);
            SessionState state = resolvedSession(sessionId);
            if (state != null) {
                state.cancelAll();
                sessions().forget(sessionId);
            }
        });
        extraConsumers(stop, cancel, ended);
    }
}
