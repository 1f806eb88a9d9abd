package io.vertiform.framework.support;

import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.ConfigureProvider;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.registry.ComponentRegistry;
import java.util.Map;

/** Drives {@code test_thing} over the bus the way Terraform would, one session at a time. */
public final class ThingClient implements AutoCloseable {

    public static final CtyType THING = new ThingResource().schema().impliedType();
    public static final CtyType PROVIDER = new TestProvider().schema().impliedType();
    public static final io.vertiform.contracts.provider.Schema CONTRACT =
            io.vertiform.framework.schema.ContractSchemas.of(new ThingResource().schema());
    public static final CtyType RULE = THING.attributeType("rule").elementType();
    public static final ClientCapabilities MODERN = new ClientCapabilities(true, true, true, false);

    public final Harness harness;
    public final FakeCloud cloud;
    public final String session;

    public ThingClient(String cloudName) {
        this(cloudName, Map.of());
    }

    public ThingClient(String cloudName, Map<String, String> extraEnv) {
        this.cloud = FakeCloud.create(cloudName);
        this.harness = Harness.start(ComponentRegistry.builder().add(TestProvider.class).add(ThingResource.class)
                .add(ThingDataSource.class).add(JoinFunction.class).add(TokenEphemeral.class).build());
        Map<String, String> env = new java.util.HashMap<>(extraEnv);
        env.put("FAKE_CLOUD", cloudName);
        env.putIfAbsent("VERTIFORM_PRIVATE_STATE_SECRET", "test-secret");
        this.session = harness.session(env, "/work/dir");
    }

    public ConfigureProvider.Response configure() {
        return configure(Cty.object(PROVIDER, Map.of()), MODERN);
    }

    public ConfigureProvider.Response configure(CtyValue config, ClientCapabilities caps) {
        return harness.request(ProviderAddresses.CONFIGURE,
                new ConfigureProvider.Request("1.12.0", Cty.dv(config, PROVIDER), caps), session);
    }

    public static String address(String op) {
        return ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "test_thing", op);
    }

    public PlanResourceChange.Response plan(CtyValue prior, CtyValue proposed, CtyValue config) {
        return plan(prior, proposed, config, new byte[0], MODERN);
    }

    public PlanResourceChange.Response plan(CtyValue prior, CtyValue proposed, CtyValue config, byte[] priv,
                                            ClientCapabilities caps) {
        return harness.request(address(ProviderAddresses.PLAN), new PlanResourceChange.Request("test_thing",
                Cty.dv(prior, THING), Cty.dv(proposed, THING), Cty.dv(config, THING), priv, null, caps, null, null),
                session);
    }

    public ApplyResourceChange.Response apply(CtyValue prior, DynamicValue planned, CtyValue config, byte[] priv) {
        return harness.request(address(ProviderAddresses.APPLY), new ApplyResourceChange.Request("test_thing",
                Cty.dv(prior, THING), planned, Cty.dv(config, THING), priv, null, null), session);
    }

    public ReadResource.Response read(CtyValue state, byte[] priv) {
        return harness.request(address(ProviderAddresses.READ), new ReadResource.Request("test_thing",
                Cty.dv(state, THING), priv, null, MODERN, null), session);
    }

    /** Terraform's proposed new state for a change from {@code prior} to {@code config}. */
    public static CtyValue rule(long port) {
        return Cty.object(RULE, Map.of("port", port));
    }

    public static CtyValue proposed(CtyValue prior, CtyValue config) {
        return io.vertiform.framework.rules.ProposedNew.of(CONTRACT.block(), prior, config);
    }

    /** Plans {@code config} against {@code prior} as Terraform would. */
    public PlanResourceChange.Response planFor(CtyValue prior, CtyValue config, byte[] priv) {
        return plan(prior, proposed(prior, config), config, priv, MODERN);
    }

    /** Plan then apply a create of {@code config}; returns the new state. */
    public Created create(CtyValue config) {
        return change(CtyValue.nullVal(THING), config, new byte[0]);
    }

    /** Plan then apply a change from {@code prior} to {@code config}; fails on error diagnostics. */
    public Created change(CtyValue prior, CtyValue config, byte[] priv) {
        PlanResourceChange.Response plan = planFor(prior, config, priv);
        if (plan.diagnostics().stream().anyMatch(d -> d.isError())) {
            throw new AssertionError("plan failed: " + plan.diagnostics());
        }
        ApplyResourceChange.Response applied = apply(prior, plan.plannedState(), config, plan.plannedPrivate());
        if (applied.diagnostics().stream().anyMatch(d -> d.isError())) {
            throw new AssertionError("apply failed: " + applied.diagnostics());
        }
        return new Created(Cty.read(plan.plannedState(), THING), Cty.read(applied.newState(), THING),
                applied.privateData());
    }

    public record Created(CtyValue planned, CtyValue state, byte[] privateData) {
    }

    @Override
    public void close() {
        harness.close();
    }
}
