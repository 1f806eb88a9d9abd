package io.vertiform.framework.engine;

import io.vertiform.cty.CtyType;
import io.vertiform.framework.provider.ProviderHandler;
import io.vertiform.framework.provider.WithMetaSchema;
import io.vertiform.framework.registry.ComponentException;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.ConfigValidator;
import io.vertiform.framework.validate.HasConfigValidators;
import java.lang.reflect.Type;
import java.util.List;

/** The provider prepared for serving; {@link #none()} stands in when a registry has no provider class. */
public final class ProviderModel {

    private final String name;
    private final ProviderHandler<?> handler;
    private final ComponentSchema schema;
    private final ComponentSchema metaSchema;
    private final Type configType;
    private final List<ConfigValidator> configValidators;

    private ProviderModel(String name, ProviderHandler<?> handler, ComponentSchema schema, ComponentSchema metaSchema,
                          Type configType) {
        this.name = name;
        this.handler = handler;
        this.schema = schema;
        this.metaSchema = metaSchema;
        this.configType = configType;
        this.configValidators = handler instanceof HasConfigValidators h ? List.copyOf(h.configValidators()) : List.of();
    }

    public static ProviderModel of(String name, Object handler) {
        if (!(handler instanceof ProviderHandler<?> h)) {
            throw new ComponentException("provider " + name + ": " + handler.getClass().getName()
                    + " does not implement ProviderHandler");
        }
        ComponentSchema schema = h.schema();
        Models.checkSchema(name, "provider", schema, Models.PROVIDER_RESERVED);
        Models.noWriteOnly(name, "provider", schema);
        Type configType = TypeArguments.resolve(handler.getClass(), ProviderHandler.class, 0);
        Models.checkStateType(name, "provider", configType, schema.impliedType());
        ComponentSchema meta = handler instanceof WithMetaSchema w ? w.metaSchema() : null;
        return new ProviderModel(name, h, schema, meta, configType);
    }

    /** A provider with an empty schema and nothing to configure. */
    public static ProviderModel none() {
        return new ProviderModel("", null, ComponentSchema.EMPTY, null, io.vertiform.cty.CtyValue.class);
    }

    public String name() {
        return name;
    }

    /** Null for {@link #none()}. */
    public ProviderHandler<?> handler() {
        return handler;
    }

    public ComponentSchema schema() {
        return schema;
    }

    /** Null when the provider reads no provider_meta. */
    public ComponentSchema metaSchema() {
        return metaSchema;
    }

    public Type configType() {
        return configType;
    }

    public CtyType type() {
        return schema.impliedType();
    }

    public List<ConfigValidator> configValidators() {
        return configValidators;
    }
}
