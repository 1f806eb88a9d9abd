package io.vertiform.components.resource;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ModifiesPlan;
import io.vertiform.framework.resource.ModifyPlanRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.Blocks;
import io.vertiform.framework.schema.ComponentSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code vertiform_nested_resource_test}: nested blocks of every common nesting (a list block
 * {@code nested_configs} with a computed {@code endpoint} per element, a set block {@code tag}, a single block
 * {@code settings}) and dynamic attributes ({@code configuration}, {@code settings.extra}). Works on raw cty
 * values so that unknowns anywhere in the blocks — e.g. a port known only after another resource is applied —
 * survive planning: what depends on them is planned unknown, everything else is planned exactly.
 */
@Resource("vertiform_nested_resource_test")
public final class NestedResourceTestResource implements ResourceHandler<CtyValue>, ModifiesPlan<CtyValue> {

    static final String NESTED = "nested_configs";
    static final String DEFAULT_PROTOCOL = "tcp";

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("Test resource: nested list, set and single blocks and dynamic attributes.")
                .attribute(Attributes.string("id").computed().useStateForUnknown())
                .attribute(Attributes.string("resource_name").required())
                .attribute(Attributes.dynamic("configuration").optional()
                        .description("Any value; stored exactly as given, type included."))
                .attribute(Attributes.string("summary").computed()
                        .description("\"<resource_name>: <n> nested configs, <m> tags\"."))
                .block(Blocks.list(NESTED)
                        .attribute(Attributes.string("service").required())
                        .attribute(Attributes.int64("port").optional())
                        .attribute(Attributes.string("protocol").optional())
                        .attribute(Attributes.bool("ssl_enabled").optional())
                        .attribute(Attributes.string("endpoint").computed()
                                .description("\"<protocol>://<service>[:<port>]\", protocol defaulting to tcp.")))
                .block(Blocks.set("tag")
                        .attribute(Attributes.string("key").required())
                        .attribute(Attributes.string("value").optional()))
                .block(Blocks.single("settings")
                        .attribute(Attributes.string("mode").optional())
                        .attribute(Attributes.int64("replicas").optional())
                        .attribute(Attributes.dynamic("extra").optional()))
                .build();
    }

    @Override
    public void modifyPlan(ModifyPlanRequest<CtyValue> request) {
        if (!request.isDestroy()) {
            request.setRawPlan(derive(request.rawPlan()));
        }
    }

    @Override
    public CtyValue create(CreateRequest<CtyValue> request) {
        CtyValue plan = derive(request.rawPlan());
        return with(plan, "id", CtyValue.stringVal("nested-" + plan.getAttr("resource_name").asString()));
    }

    @Override
    public CtyValue update(UpdateRequest<CtyValue> request) {
        return with(derive(request.rawPlan()), "id", request.rawState().getAttr("id"));
    }

    @Override
    public CtyValue read(ReadRequest<CtyValue> request) {
        return request.rawState();
    }

    @Override
    public void delete(DeleteRequest<CtyValue> request) {
        // Nothing outside Terraform's state.
    }

    /** The plan with every derived value set — unknown where it depends on something unknown. */
    static CtyValue derive(CtyValue plan) {
        CtyValue configs = plan.getAttr(NESTED);
        if (configs.isKnown() && !configs.isNull() && configs.lengthInt() > 0) {
            List<CtyValue> out = new ArrayList<>();
            for (CtyValue e : configs.elements()) {
                out.add(e.isKnown() && !e.isNull() ? with(e, "endpoint", endpoint(e)) : e);
            }
            configs = CtyValue.listVal(out);
        }
        return with(with(plan, NESTED, configs), "summary", summary(plan.getAttr("resource_name"), configs,
                plan.getAttr("tag")));
    }

    private static CtyValue endpoint(CtyValue config) {
        CtyValue service = config.getAttr("service");
        CtyValue port = config.getAttr("port");
        CtyValue protocol = config.getAttr("protocol");
        if (!service.isKnown() || !port.isKnown() || !protocol.isKnown() || service.isNull()) {
            return CtyValue.unknownVal(CtyType.STRING);
        }
        String text = (protocol.isNull() ? DEFAULT_PROTOCOL : protocol.asString()) + "://" + service.asString()
                + (port.isNull() ? "" : ":" + port.asBigFloat().text());
        return CtyValue.stringVal(text);
    }

    private static CtyValue summary(CtyValue name, CtyValue configs, CtyValue tags) {
        // A set's size is only certain once its elements are: two unknown elements may turn out equal.
        if (!name.isKnown() || !configs.isKnown() || !tags.isWhollyKnown()) {
            return CtyValue.unknownVal(CtyType.STRING);
        }
        int n = configs.isNull() ? 0 : configs.lengthInt();
        int m = tags.isNull() ? 0 : tags.lengthInt();
        return CtyValue.stringVal(name.asString() + ": " + n + " nested config" + (n == 1 ? "" : "s") + ", " + m
                + " tag" + (m == 1 ? "" : "s"));
    }

    private static CtyValue with(CtyValue object, String attribute, CtyValue value) {
        Map<String, CtyValue> attrs = new LinkedHashMap<>();
        for (String name : object.type().attributeTypes().keySet()) {
            attrs.put(name, name.equals(attribute) ? value : object.getAttr(name));
        }
        return CtyValue.objectVal(attrs);
    }
}
