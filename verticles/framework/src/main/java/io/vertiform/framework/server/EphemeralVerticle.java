package io.vertiform.framework.server;

import static io.vertiform.contracts.provider.ProviderAddresses.Family.EPHEMERAL_RESOURCE;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.provider.CloseEphemeralResource;
import io.vertiform.contracts.provider.OpenEphemeralResource;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.RenewEphemeralResource;
import io.vertiform.contracts.provider.ValidateEphemeralResourceConfig;
import io.vertiform.framework.engine.Engine;
import io.vertiform.framework.engine.EphemeralModel;
import io.vertiform.framework.engine.EphemeralOps;
import io.vertiform.framework.session.Sessions;
import java.util.Map;

/** One ephemeral resource type on {@code vertiform.provider.ephemeral-resource.<type>.*}. */
final class EphemeralVerticle extends ComponentVerticle {

    private final Engine engine;
    private final EphemeralModel m;

    EphemeralVerticle(Engine engine, EphemeralModel model, Sessions sessions, FrameworkOptions options,
                      Map<String, String> metadata) {
        super(sessions, options, ComponentKinds.EPHEMERAL_RESOURCE, model.typeName(),
                ProviderAddresses.PREFIX + "." + EPHEMERAL_RESOURCE.segment() + "." + model.typeName(), metadata);
        this.engine = engine;
        this.m = model;
    }

    private String address(String op) {
        return ProviderAddresses.of(EPHEMERAL_RESOURCE, m.typeName(), op);
    }

    @Override
    void consume() {
        serve(address(ProviderAddresses.VALIDATE), ValidateEphemeralResourceConfig.Request.class, null,
                (q, s) -> EphemeralOps.validate(engine, m, q, s), ValidateEphemeralResourceConfig.Response::new);
        serve(address(ProviderAddresses.OPEN), OpenEphemeralResource.Request.class,
                OpenEphemeralResource.Request::clientCapabilities, (q, s) -> EphemeralOps.open(engine, m, q, s),
                d -> new OpenEphemeralResource.Response(d, null, null, null, null));
        serve(address(ProviderAddresses.RENEW), RenewEphemeralResource.Request.class, null,
                (q, s) -> EphemeralOps.renew(engine, m, q, s), d -> new RenewEphemeralResource.Response(d, null, null));
        serve(address(ProviderAddresses.CLOSE), CloseEphemeralResource.Request.class, null,
                (q, s) -> EphemeralOps.close(engine, m, q, s), CloseEphemeralResource.Response::new);
    }
}
