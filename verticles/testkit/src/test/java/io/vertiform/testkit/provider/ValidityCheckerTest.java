package io.vertiform.testkit.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.Blocks;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.testkit.vertx.Await;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The testkit's own checks, independent of the framework's: a provider answering the bus by hand (as a
 * non-framework or buggy one would) is caught with Terraform's complaints.
 */
class ValidityCheckerTest {

    /** Only its schema is used: its verticle is replaced by hand-written consumers. */
    @Resource("raw_thing")
    public static final class RawThing implements ResourceHandler<CtyValue> {
        @Override
        public ComponentSchema schema() {
            return ComponentSchema.builder()
                    .attribute(Attributes.string("id").computed())
                    .attribute(Attributes.string("name").required())
                    .block(Blocks.set("tag").attribute(Attributes.string("k").required())
                            .attribute(Attributes.string("v").computed()))
                    .build();
        }

        @Override
        public CtyValue create(CreateRequest<CtyValue> r) {
            return r.rawPlan();
        }

        @Override
        public CtyValue read(ReadRequest<CtyValue> r) {
            return r.rawState();
        }

        @Override
        public CtyValue update(UpdateRequest<CtyValue> r) {
            return r.rawPlan();
        }

        @Override
        public void delete(DeleteRequest<CtyValue> r) {
        }
    }

    static final CtyType T = new RawThing().schema().impliedType();
    static final CtyType TAG = T.attributeType("tag").elementType();

    /** Replaces raw_thing's verticle with consumers computing plan and apply results by hand. */
    private static ProviderClient rigged(ProviderHarness h, Function<CtyValue, CtyValue> plan,
                                         Function<CtyValue, CtyValue> apply) {
        Await.result(h.vertx().undeploy(h.deployment().deploymentIds().get(1)));
        h.vertx().eventBus().<PlanResourceChange.Request>localConsumer(
                ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "raw_thing", ProviderAddresses.PLAN),
                m -> m.reply(new PlanResourceChange.Response(ValueCodec.encode(plan.apply(ValueCodec.decode(
                        m.body().proposedNewState(), T)), T), List.of(), null, List.of(), false, null, null)));
        h.vertx().eventBus().<ApplyResourceChange.Request>localConsumer(
                ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "raw_thing", ProviderAddresses.APPLY),
                m -> m.reply(new ApplyResourceChange.Response(ValueCodec.encode(apply.apply(ValueCodec.decode(
                        m.body().plannedState(), T)), T), null, List.of(), false, null)));
        h.vertx().eventBus().<ValidateResourceConfig.Request>localConsumer(
                ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "raw_thing", ProviderAddresses.VALIDATE),
                m -> m.reply(new ValidateResourceConfig.Response(List.of())));
        h.vertx().eventBus().<ReadResource.Request>localConsumer(
                ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "raw_thing", ProviderAddresses.READ),
                m -> m.reply(new ReadResource.Response(m.body().currentState(), List.of(), m.body().privateData(),
                        null, null)));
        return h.session(Map.of(), "");
    }

    private static CtyValue with(CtyValue v, String attr, CtyValue value) {
        Map<String, CtyValue> m = new java.util.LinkedHashMap<>(v.mapEntries());
        m.put(attr, value);
        return CtyValue.objectVal(m);
    }

    private static CtyValue config(ProviderClient c) {
        return c.resourceConfig("raw_thing", Map.of("name", "n", "tag", List.of(Map.of("k", "a"), Map.of("k", "b"))));
    }

    @Test
    void catchesAPlanThatRewritesConfiguration() {
        try (ProviderHarness h = ProviderHarness.start(ComponentRegistry.builder().add(RawThing.class).build())) {
            ProviderClient c = rigged(h, p -> with(p, "name", CtyValue.stringVal("N")), a -> a);
            assertThatThrownBy(() -> c.plan("raw_thing", CtyValue.nullVal(T), config(c), new byte[0]))
                    .isInstanceOf(ContractViolation.class)
                    .hasMessageContaining("Provider produced invalid plan for raw_thing")
                    .hasMessageContaining(".name: planned value cty.StringVal(\"N\") does not match config value");
        }
    }

    @Test
    void catchesUnknownsLeftAfterApplyAndResultsThatContradictThePlan() {
        Function<CtyValue, CtyValue> markUnknown = p -> with(p, "id", CtyValue.unknownVal(CtyType.STRING));
        try (ProviderHarness h = ProviderHarness.start(ComponentRegistry.builder().add(RawThing.class).build())) {
            ProviderClient c = rigged(h, markUnknown, a -> a);
            CtyValue config = config(c);
            Outcome plan = c.plan("raw_thing", CtyValue.nullVal(T), config, new byte[0]);
            assertThatThrownBy(() -> c.apply("raw_thing", CtyValue.nullVal(T), plan, config))
                    .hasMessageContaining("Provider returned invalid result object after apply for raw_thing")
                    .hasMessageContaining(".id: value is still unknown");
        }
        try (ProviderHarness h = ProviderHarness.start(ComponentRegistry.builder().add(RawThing.class).build())) {
            Function<CtyValue, CtyValue> renameTag = a -> {
                CtyValue done = with(a, "id", CtyValue.stringVal("i"));
                return with(done, "tag", CtyValue.setVal(List.of(
                        CtyValue.objectVal(Map.of("k", CtyValue.stringVal("a"), "v", CtyValue.stringVal("1"))),
                        CtyValue.objectVal(Map.of("k", CtyValue.stringVal("B"), "v", CtyValue.stringVal("2"))))));
            };
            ProviderClient c = rigged(h, markUnknown, renameTag);
            CtyValue config = config(c);
            Outcome plan = c.plan("raw_thing", CtyValue.nullVal(T), config, new byte[0]);
            assertThat(plan.value().getAttr("tag").lengthInt()).isEqualTo(2);
            assertThatThrownBy(() -> c.apply("raw_thing", CtyValue.nullVal(T), plan, config))
                    .hasMessageContaining("Provider produced inconsistent result after apply for raw_thing")
                    .hasMessageContaining("does not correlate with any element in actual");
        }
    }

    @Test
    void lifecycleRunsTheChecksOnEveryStep() {
        try (ProviderHarness h = ProviderHarness.start(ComponentRegistry.builder().add(RawThing.class).build())) {
            ProviderClient c = rigged(h, p -> with(p, "id", CtyValue.unknownVal(CtyType.STRING)),
                    a -> with(with(a, "id", CtyValue.stringVal("i")), "name", CtyValue.stringVal("changed")));
            assertThatThrownBy(() -> ResourceLifecycle.of(c, "raw_thing")
                    .step(Step.config(Map.of("name", "n"))).run())
                    .hasMessageContaining("step 1 of raw_thing")
                    .hasMessageContaining(".name: was cty.StringVal(\"n\"), but now cty.StringVal(\"changed\")");
        }
    }
}
