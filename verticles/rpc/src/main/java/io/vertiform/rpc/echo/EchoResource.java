package io.vertiform.rpc.echo;

import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.contracts.provider.UpgradeResourceState;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.rpc.process.ComponentDeployer;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;

/**
 * A transport-test resource: it plans exactly what Terraform proposes, applies exactly what was planned, reads
 * back the current state and upgrades JSON state as is. It exercises the whole RPC → bus → component → RPC path
 * without any provider logic, which is what the conformance oracle and the RPC benchmarks need.
 * Enabled only on request ({@code vertiform provider --echo-resource NAME}).
 */
public final class EchoResource extends VerticleBase {

    private final String typeName;

    public EchoResource(String typeName) {
        if (!ProviderAddresses.isValidTypeName(typeName)) {
            throw new IllegalArgumentException("not a valid resource type name: " + typeName);
        }
        this.typeName = typeName;
    }

    /** A deployer for the provider process. */
    public static ComponentDeployer deployer(String typeName) {
        return new ComponentDeployer() {
            @Override
            public String name() {
                return "echo resource " + typeName;
            }

            @Override
            public Future<?> deploy(Vertx vertx, Map<String, String> environment) {
                return vertx.deployVerticle(new EchoResource(typeName));
            }
        };
    }

    @Override
    public Future<?> start() {
        MessageCodecs.registerAll(vertx);
        var bus = vertx.eventBus();
        return Future.all(List.of(
                bus.<ValidateResourceConfig.Request>consumer(address(ProviderAddresses.VALIDATE),
                        m -> m.reply(new ValidateResourceConfig.Response(List.of()))).completion(),
                bus.<PlanResourceChange.Request>consumer(address(ProviderAddresses.PLAN), m -> {
                    PlanResourceChange.Request q = m.body();
                    m.reply(new PlanResourceChange.Response(q.proposedNewState(), List.of(), q.priorPrivate(),
                            List.of(), false, null, q.priorIdentity()));
                }).completion(),
                bus.<ApplyResourceChange.Request>consumer(address(ProviderAddresses.APPLY), m -> {
                    ApplyResourceChange.Request q = m.body();
                    m.reply(new ApplyResourceChange.Response(q.plannedState(), q.plannedPrivate(), List.of(), false,
                            q.plannedIdentity()));
                }).completion(),
                bus.<ReadResource.Request>consumer(address(ProviderAddresses.READ), m -> {
                    ReadResource.Request q = m.body();
                    m.reply(new ReadResource.Response(q.currentState(), List.of(), q.privateData(), null,
                            q.currentIdentity()));
                }).completion(),
                bus.<UpgradeResourceState.Request>consumer(address(ProviderAddresses.UPGRADE_STATE), m ->
                        m.reply(new UpgradeResourceState.Response(DynamicValue.json(m.body().rawState().json()),
                                List.of()))).completion()));
    }

    private String address(String operation) {
        return ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, typeName, operation);
    }
}
