package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyType;
import io.vertiform.framework.datasource.AsyncDataSourceHandler;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.registry.ComponentException;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.schema.ContractSchemas;
import io.vertiform.framework.validate.ConfigValidator;
import io.vertiform.framework.validate.HasConfigValidators;
import io.vertx.core.Future;
import java.lang.reflect.Type;
import java.util.List;
import java.util.function.Function;

/** A data source prepared for serving. */
public final class DataSourceModel {

    private final String typeName;
    private final Object handler;
    private final ComponentSchema schema;
    private final Schema contract;
    private final Type stateType;
    private final Function<DataSourceReadRequest<Object>, Future<Object>> read;
    private final List<ConfigValidator> configValidators;

    private DataSourceModel(String typeName, Object handler, ComponentSchema schema, Type stateType,
                            Function<DataSourceReadRequest<Object>, Future<Object>> read) {
        this.typeName = typeName;
        this.handler = handler;
        this.schema = schema;
        this.contract = ContractSchemas.of(schema);
        this.stateType = stateType;
        this.read = read;
        this.configValidators = handler instanceof HasConfigValidators h ? List.copyOf(h.configValidators()) : List.of();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static DataSourceModel of(String typeName, Object handler, Workers workers) {
        ComponentSchema schema;
        Type stateType;
        Function<DataSourceReadRequest<Object>, Future<Object>> read;
        if (handler instanceof DataSourceHandler sync) {
            schema = sync.schema();
            stateType = TypeArguments.resolve(handler.getClass(), DataSourceHandler.class, 0);
            read = r -> workers.run(() -> sync.read(r));
        } else if (handler instanceof AsyncDataSourceHandler async) {
            schema = async.schema();
            stateType = TypeArguments.resolve(handler.getClass(), AsyncDataSourceHandler.class, 0);
            read = r -> workers.run(() -> async.read(r)).compose(f -> (Future<Object>) f);
        } else {
            throw new ComponentException("data source " + typeName + ": " + handler.getClass().getName()
                    + " implements neither DataSourceHandler nor AsyncDataSourceHandler");
        }
        Models.checkSchema(typeName, "data source", schema, Models.DATA_SOURCE_RESERVED);
        Models.noWriteOnly(typeName, "data source", schema);
        Models.checkStateType(typeName, "data source", stateType, schema.impliedType());
        return new DataSourceModel(typeName, handler, schema, stateType, read);
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

    Future<Object> read(DataSourceReadRequest<Object> r) {
        return read.apply(r);
    }

    public List<ConfigValidator> configValidators() {
        return configValidators;
    }
}
