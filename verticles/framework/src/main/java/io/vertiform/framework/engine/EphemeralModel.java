package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyType;
import io.vertiform.framework.ephemeral.EphemeralResourceHandler;
import io.vertiform.framework.registry.ComponentException;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.schema.ContractSchemas;
import io.vertiform.framework.validate.ConfigValidator;
import io.vertiform.framework.validate.HasConfigValidators;
import java.lang.reflect.Type;
import java.util.List;

/** An ephemeral resource prepared for serving. */
public final class EphemeralModel {

    private final String typeName;
    private final EphemeralResourceHandler<?> handler;
    private final ComponentSchema schema;
    private final Schema contract;
    private final Type stateType;
    private final List<ConfigValidator> configValidators;

    private EphemeralModel(String typeName, EphemeralResourceHandler<?> handler, Type stateType) {
        this.typeName = typeName;
        this.handler = handler;
        this.schema = handler.schema();
        this.contract = ContractSchemas.of(schema);
        this.stateType = stateType;
        this.configValidators = handler instanceof HasConfigValidators h ? List.copyOf(h.configValidators()) : List.of();
    }

    public static EphemeralModel of(String typeName, Object handler) {
        if (!(handler instanceof EphemeralResourceHandler<?> h)) {
            throw new ComponentException("ephemeral resource " + typeName + ": " + handler.getClass().getName()
                    + " does not implement EphemeralResourceHandler");
        }
        Type stateType = TypeArguments.resolve(handler.getClass(), EphemeralResourceHandler.class, 0);
        Models.checkSchema(typeName, "ephemeral resource", h.schema(), Models.DATA_SOURCE_RESERVED);
        Models.noWriteOnly(typeName, "ephemeral resource", h.schema());
        Models.checkStateType(typeName, "ephemeral resource", stateType, h.schema().impliedType());
        return new EphemeralModel(typeName, h, stateType);
    }

    public String typeName() {
        return typeName;
    }

    public EphemeralResourceHandler<?> handler() {
        return handler;
    }

    public ComponentSchema schema() {
        return schema;
    }

    public Schema contract() {
        return contract;
    }

    public CtyType type() {
        return schema.impliedType();
    }

    public Type stateType() {
        return stateType;
    }

    public List<ConfigValidator> configValidators() {
        return configValidators;
    }
}
