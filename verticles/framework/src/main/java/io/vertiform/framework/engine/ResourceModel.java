package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyType;
import io.vertiform.framework.registry.ComponentException;
import io.vertiform.framework.resource.AsyncResourceHandler;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.IdentitySchema;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.resource.WithIdentity;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.schema.ContractSchemas;
import io.vertiform.framework.validate.ConfigValidator;
import io.vertiform.framework.validate.HasConfigValidators;
import io.vertx.core.Future;
import java.lang.reflect.Type;
import java.util.List;

/**
 * A resource component prepared for serving: its schema in every form the engine needs, its state type
 * (checked against the schema at start-up) and its lifecycle as futures, whatever style the author chose.
 */
public final class ResourceModel {

    /** The CRUD calls, uniformly asynchronous. */
    interface Lifecycle {
        Future<Object> create(CreateRequest<Object> r);

        Future<Object> read(ReadRequest<Object> r);

        Future<Object> update(UpdateRequest<Object> r);

        Future<Void> delete(DeleteRequest<Object> r);
    }

    private final String typeName;
    private final Object handler;
    private final ComponentSchema schema;
    private final Schema contract;
    private final Type stateType;
    private final Lifecycle lifecycle;
    private final IdentitySchema identitySchema;
    private final List<ConfigValidator> configValidators;

    private ResourceModel(String typeName, Object handler, ComponentSchema schema, Type stateType,
                          Lifecycle lifecycle) {
        this.typeName = typeName;
        this.handler = handler;
        this.schema = schema;
        this.contract = ContractSchemas.of(schema);
        this.stateType = stateType;
        this.lifecycle = lifecycle;
        this.identitySchema = handler instanceof WithIdentity<?> w ? w.identitySchema() : null;
        this.configValidators = handler instanceof HasConfigValidators h ? List.copyOf(h.configValidators()) : List.of();
    }

    /** Wraps a {@link ResourceHandler} (run on workers) or an {@link AsyncResourceHandler}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static ResourceModel of(String typeName, Object handler, Workers workers) {
        ComponentSchema schema;
        Type stateType;
        Lifecycle lifecycle;
        if (handler instanceof ResourceHandler sync) {
            schema = sync.schema();
            stateType = TypeArguments.resolve(handler.getClass(), ResourceHandler.class, 0);
            lifecycle = new Lifecycle() {
                @Override
                public Future<Object> create(CreateRequest<Object> r) {
                    return workers.run(() -> sync.create(r));
                }

                @Override
                public Future<Object> read(ReadRequest<Object> r) {
                    return workers.run(() -> sync.read(r));
                }

                @Override
                public Future<Object> update(UpdateRequest<Object> r) {
                    return workers.run(() -> sync.update(r));
                }

                @Override
                public Future<Void> delete(DeleteRequest<Object> r) {
                    return workers.run(() -> {
                        sync.delete(r);
                        return null;
                    });
                }
            };
        } else if (handler instanceof AsyncResourceHandler async) {
            schema = async.schema();
            stateType = TypeArguments.resolve(handler.getClass(), AsyncResourceHandler.class, 0);
            lifecycle = new Lifecycle() {
                @Override
                public Future<Object> create(CreateRequest<Object> r) {
                    return workers.run(() -> async.create(r)).compose(f -> (Future<Object>) f);
                }

                @Override
                public Future<Object> read(ReadRequest<Object> r) {
                    return workers.run(() -> async.read(r)).compose(f -> (Future<Object>) f);
                }

                @Override
                public Future<Object> update(UpdateRequest<Object> r) {
                    return workers.run(() -> async.update(r)).compose(f -> (Future<Object>) f);
                }

                @Override
                public Future<Void> delete(DeleteRequest<Object> r) {
                    return workers.run(() -> async.delete(r)).compose(f -> (Future<Void>) f);
                }
            };
        } else {
            throw new ComponentException("resource " + typeName + ": " + handler.getClass().getName()
                    + " implements neither ResourceHandler nor AsyncResourceHandler");
        }
        Models.checkSchema(typeName, "resource", schema, Models.RESOURCE_RESERVED);
        Models.checkStateType(typeName, "resource", stateType, schema.impliedType());
        return new ResourceModel(typeName, handler, schema, stateType, lifecycle);
    }

    public String typeName() {
        return typeName;
    }

    public Object handler() {
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

    Lifecycle lifecycle() {
        return lifecycle;
    }

    /** Null when the resource has no identity. */
    public IdentitySchema identitySchema() {
        return identitySchema;
    }

    public List<ConfigValidator> configValidators() {
        return configValidators;
    }

}
