package io.vertiform.framework.support;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.diag.Paths;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.IdentitySchema;
import io.vertiform.framework.resource.IdentityUpgrader;
import io.vertiform.framework.resource.ImportRequest;
import io.vertiform.framework.resource.Importable;
import io.vertiform.framework.resource.ModifiesPlan;
import io.vertiform.framework.resource.ModifyPlanRequest;
import io.vertiform.framework.resource.Movable;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.StateMover;
import io.vertiform.framework.resource.StateUpgrader;
import io.vertiform.framework.resource.Upgradable;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.resource.UpgradesIdentity;
import io.vertiform.framework.resource.WithIdentity;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.Blocks;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.ValidateRequest;
import io.vertiform.framework.validate.ValidatesConfig;
import io.vertiform.framework.validate.Validators;
import io.vertiform.framework.value.Value;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code test_thing}: exercises every resource capability of the framework against a {@link FakeCloud}. */
@Resource("test_thing")
public final class ThingResource implements ResourceHandler<Thing>, ModifiesPlan<Thing>, Importable<Thing>,
        Upgradable<Thing>, Movable<Thing>, WithIdentity<Thing>, UpgradesIdentity, ValidatesConfig<Thing> {

    public static final ComponentSchema V0 = ComponentSchema.builder()
            .attribute(Attributes.string("id").computed())
            .attribute(Attributes.string("label").required())
            .attribute(Attributes.string("size").optional())
            .attribute(Attributes.map("tags", CtyType.STRING).optional())
            .build();

    public static final ComponentSchema OLD_THING = ComponentSchema.builder()
            .attribute(Attributes.string("id").computed())
            .attribute(Attributes.string("title").required())
            .build();

    public record V0State(Value<String> id, String label, String size, Map<String, String> tags) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .version(2)
                .description("A thing in the fake cloud")
                .attribute(Attributes.string("id").computed().useStateForUnknown())
                .attribute(Attributes.string("name").required().requiresReplace()
                        .validators(Validators.lengthBetween(1, 32)))
                .attribute(Attributes.int64("size").optional().defaultValue(10).validators(Validators.between(1, 100)))
                .attribute(Attributes.string("description").optional().deprecated("use tags"))
                .attribute(Attributes.map("tags", CtyType.STRING).optional())
                .attribute(Attributes.string("password").optional().sensitive().writeOnly())
                .attribute(Attributes.string("fingerprint").computed())
                .attribute(Attributes.singleNested("settings").optional()
                        .attribute(Attributes.string("mode").optional().validators(Validators.oneOf("fast", "safe")))
                        .attribute(Attributes.string("effective").computed()))
                .attribute(Attributes.string("color").optional().validators(Validators.conflictsWith("shade")))
                .attribute(Attributes.string("shade").optional())
                .block(Blocks.set("rule").maxItems(2000)
                        .attribute(Attributes.int64("port").required().validators(Validators.between(1, 65535)))
                        .attribute(Attributes.string("protocol").optional().defaultValue("tcp")
                                .validators(Validators.oneOf("tcp", "udp")))
                        .attribute(Attributes.string("rule_id").computed()))
                .build();
    }

    private static FakeCloud cloud(io.vertiform.framework.context.RequestContext r) {
        return r.providerData(FakeCloud.class);
    }

    @Override
    public Thing create(CreateRequest<Thing> request) {
        Thing plan = request.plan();
        FakeCloud cloud = cloud(request);
        String id = cloud.newId();
        if (request.config().password() != null) {
            cloud.secrets.put(id, request.config().password());
        }
        Thing created = complete(id, plan);
        if (plan.name().startsWith("half")) {
            Thing partial = new Thing(Value.of(id), plan.name(), plan.size(), plan.description(), plan.tags(), null,
                    Value.unknown(), Set.of(), Value.nullValue(), plan.color(), plan.shade());
            cloud.things.put(id, created);
            request.keepPartialState(partial);
            throw ProviderException.error("Tagging failed", "the object exists but could not be tagged");
        }
        if (plan.name().equals("normalize-me")) {
            created = new Thing(created.id(), "normalized", created.size(), created.description(), created.tags(),
                    null, created.fingerprint(), created.rule(), created.settings(), created.color(), created.shade());
        }
        request.privateState().set("created-by", request.session().id());
        CtyValue meta = request.providerMeta();
        if (!meta.isNull() && !meta.getAttr("module_name").isNull()) {
            request.privateState().set("module", meta.getAttr("module_name").asString());
        }
        cloud.things.put(id, created);
        return created;
    }

    /** Fills every computed value the way the fake cloud does. */
    static Thing complete(String id, Thing plan) {
        Set<Thing.Rule> rules = new LinkedHashSet<>();
        if (plan.rule() != null) {
            for (Thing.Rule r : plan.rule()) {
                rules.add(new Thing.Rule(r.port(), Value.of(r.protocol().orElse("tcp")),
                        Value.of("r-" + r.port().get())));
            }
        }
        Value<Thing.Settings> settings = plan.settings().isKnown()
                ? Value.of(new Thing.Settings(plan.settings().get().mode(),
                Value.of(plan.settings().get().mode() == null ? "default" : plan.settings().get().mode())))
                : Value.nullValue();
        long size = plan.size().orElse(10L);
        return new Thing(Value.of(id), plan.name(), Value.of(size), plan.description(), plan.tags(), null,
                Value.of(Integer.toHexString((plan.name() + size).hashCode())), rules, settings, plan.color(),
                plan.shade());
    }

    @Override
    public Thing read(ReadRequest<Thing> request) {
        if (request.privateState().get("read-count").isPresent()) {
            int n = Integer.parseInt(request.privateState().get("read-count").get());
            request.privateState().set("read-count", Integer.toString(n + 1));
        }
        return cloud(request).things.get(request.state().id().get());
    }

    @Override
    public Thing update(UpdateRequest<Thing> request) {
        Thing plan = request.plan();
        if (plan.size().orElse(0L) == 99L) {
            throw ProviderException.error("Resize failed", "size 99 is not available");
        }
        String id = request.state().id().get();
        if (request.config().password() != null) {
            cloud(request).secrets.put(id, request.config().password());
        }
        Thing updated = complete(id, plan);
        cloud(request).things.put(id, updated);
        return updated;
    }

    @Override
    public void delete(DeleteRequest<Thing> request) {
        String id = request.state().id().get();
        if ("keep".equals(request.state().color())) {
            throw ProviderException.error("Delete refused", "the object is protected");
        }
        cloud(request).things.remove(id);
    }

    @Override
    public void modifyPlan(ModifyPlanRequest<Thing> request) {
        if (request.isDestroy()) {
            if ("keep".equals(request.state().color())) {
                request.diagnostics().addWarning("Protected object", "deleting it will fail");
            }
            return;
        }
        Thing plan = request.plan();
        if (plan.size().isKnown() && plan.size().get() > 50) {
            request.diagnostics().addAttributeWarning(io.vertiform.contracts.diag.AttributePath.of("size"),
                    "Large thing", "sizes above 50 cost extra");
        }
        if (plan.settings().isKnown() && plan.settings().get().effective().isUnknown()) {
            String mode = plan.settings().get().mode();
            Thing.Settings predicted = new Thing.Settings(mode, Value.of(mode == null ? "default" : mode));
            request.setPlan(new Thing(plan.id(), plan.name(), plan.size(), plan.description(), plan.tags(),
                    plan.password(), plan.fingerprint(), plan.rule(), Value.of(predicted), plan.color(), plan.shade()));
        }
        if ("recolor".equals(plan.color()) && request.isUpdate()) {
            request.requireReplace(Paths.attr("color"));
        }
        if ("break-the-rules".equals(plan.shade())) {
            request.setPlan(new Thing(plan.id(), "renamed-by-provider", plan.size(), plan.description(), plan.tags(),
                    plan.password(), plan.fingerprint(), plan.rule(), plan.settings(), plan.color(), plan.shade()));
        }
    }

    @Override
    public Thing importState(ImportRequest<Thing> request) {
        if (!request.identity().isNull()) {
            return withId(request.identity().getAttr("id").asString());
        }
        return request.passthroughId("id");
    }

    private static Thing withId(String id) {
        return new Thing(Value.of(id), null, Value.nullValue(), null, null, null, Value.nullValue(), null,
                Value.nullValue(), null, null);
    }

    @Override
    public Map<Long, StateUpgrader<Thing>> stateUpgraders() {
        return Map.of(0L, StateUpgrader.of(V0, r -> {
            V0State old = r.priorState(V0State.class);
            return new Thing(old.id(), old.label(), Value.of(old.size() == null ? 10L : Long.parseLong(old.size())),
                    null, old.tags(), null, Value.of("upgraded"), Set.of(), Value.nullValue(), null, null);
        }), 1L, StateUpgrader.raw(r -> {
            throw ProviderException.error("Version 1 never shipped", "state of version 1 cannot exist");
        }));
    }

    @Override
    public List<StateMover<Thing>> stateMovers() {
        return List.of(StateMover.of(OLD_THING, r -> {
            if (!r.sourceTypeName().equals("old_thing")) {
                return null;
            }
            CtyValue src = r.sourceState();
            r.privateState().set("moved-from", r.sourceProviderAddress());
            return new Thing(Value.of(src.getAttr("id").asString()), src.getAttr("title").asString(), Value.of(10L),
                    null, null, null, Value.of("moved"), Set.of(), Value.nullValue(), null, null);
        }));
    }

    @Override
    public IdentitySchema identitySchema() {
        return IdentitySchema.builder().version(1).requiredForImport("id", CtyType.STRING, "the object id").build();
    }

    /** Identity version 0 called the id {@code object_id}. */
    static final IdentitySchema IDENTITY_V0 = IdentitySchema.builder()
            .requiredForImport("object_id", CtyType.STRING, "the object id").build();

    @Override
    public Map<Long, IdentityUpgrader> identityUpgraders() {
        return Map.of(0L, IdentityUpgrader.of(IDENTITY_V0,
                r -> Map.of("id", r.priorIdentity().getAttr("object_id").asString())));
    }

    @Override
    public Object identity(Thing state) {
        return state.id().isKnown() ? Map.of("id", state.id().get()) : null;
    }

    @Override
    public void validateConfig(ValidateRequest<Thing> request) {
        // The name may be unknown while validating (it can come from another resource): read it raw.
        CtyValue name = request.rawConfig().getAttr("name");
        if (name.isKnown() && !name.isNull() && name.asString().equals("forbidden")) {
            request.diagnostics().addAttributeError(io.vertiform.contracts.diag.AttributePath.of("name"),
                    "Forbidden name", "pick another name");
        }
    }
}
