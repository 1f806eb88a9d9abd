package io.vertiform.framework.server;

import static io.vertiform.contracts.provider.ProviderAddresses.Family.RESOURCE;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.GenerateResourceConfig;
import io.vertiform.contracts.provider.ImportResourceState;
import io.vertiform.contracts.provider.MoveResourceState;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.contracts.provider.UpgradeResourceIdentity;
import io.vertiform.contracts.provider.UpgradeResourceState;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.framework.engine.Engine;
import io.vertiform.framework.engine.ResourceApplyOp;
import io.vertiform.framework.engine.ResourceConfigOps;
import io.vertiform.framework.engine.ResourceImportOp;
import io.vertiform.framework.engine.ResourceMigrationOps;
import io.vertiform.framework.engine.ResourceModel;
import io.vertiform.framework.engine.ResourcePlanOp;
import io.vertiform.framework.engine.ResourceReadOp;
import io.vertiform.framework.session.Sessions;
import java.util.List;
import java.util.Map;

/** One managed resource type on {@code vertiform.provider.resource.<type>.*}. */
final class ResourceVerticle extends ComponentVerticle {

    private final Engine engine;
    private final ResourceModel m;

    ResourceVerticle(Engine engine, ResourceModel model, Sessions sessions, FrameworkOptions options,
                     Map<String, String> metadata) {
        super(sessions, options, ComponentKinds.RESOURCE, model.typeName(),
                ProviderAddresses.PREFIX + "." + RESOURCE.segment() + "." + model.typeName(), metadata);
        this.engine = engine;
        this.m = model;
    }

    private String address(String operation) {
        return ProviderAddresses.of(RESOURCE, m.typeName(), operation);
    }

    @Override
    void consume() {
        serve(address(ProviderAddresses.VALIDATE), ValidateResourceConfig.Request.class,
                ValidateResourceConfig.Request::clientCapabilities,
                (q, s) -> ResourceConfigOps.validate(engine, m, q, s), ValidateResourceConfig.Response::new);
        serve(address(ProviderAddresses.UPGRADE_STATE), UpgradeResourceState.Request.class, null,
                (q, s) -> ResourceMigrationOps.upgrade(engine, m, q, s), d -> new UpgradeResourceState.Response(null, d));
        serve(address(ProviderAddresses.UPGRADE_IDENTITY), UpgradeResourceIdentity.Request.class, null,
                (q, s) -> ResourceMigrationOps.upgradeIdentity(engine, m, q, s),
                d -> new UpgradeResourceIdentity.Response(null, d));
        serve(address(ProviderAddresses.READ), ReadResource.Request.class, ReadResource.Request::clientCapabilities,
                (q, s) -> ResourceReadOp.run(engine, m, q, s), d -> new ReadResource.Response(null, d, null, null, null));
        serve(address(ProviderAddresses.PLAN), PlanResourceChange.Request.class,
                PlanResourceChange.Request::clientCapabilities, (q, s) -> ResourcePlanOp.run(engine, m, q, s),
                d -> new PlanResourceChange.Response(null, List.of(), null, d, false, null, null));
        serve(address(ProviderAddresses.APPLY), ApplyResourceChange.Request.class, null,
                (q, s) -> ResourceApplyOp.run(engine, m, q, s),
                d -> new ApplyResourceChange.Response(null, null, d, false, null));
        serve(address(ProviderAddresses.IMPORT), ImportResourceState.Request.class,
                ImportResourceState.Request::clientCapabilities, (q, s) -> ResourceImportOp.run(engine, m, q, s),
                d -> new ImportResourceState.Response(List.of(), d, null));
        serve(address(ProviderAddresses.MOVE), MoveResourceState.Request.class, null,
                (q, s) -> ResourceMigrationOps.move(engine, m, q, s),
                d -> new MoveResourceState.Response(null, d, null, null));
        serve(address(ProviderAddresses.GENERATE_CONFIG), GenerateResourceConfig.Request.class, null,
                (q, s) -> ResourceConfigOps.generate(engine, m, q, s), d -> new GenerateResourceConfig.Response(null, d));
    }
}
