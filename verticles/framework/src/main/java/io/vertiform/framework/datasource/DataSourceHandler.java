package io.vertiform.framework.datasource;

import io.vertiform.framework.schema.ComponentSchema;

/**
 * A data source whose read may block (it runs on a worker thread). {@code S} mirrors the schema, like a
 * resource's state type. Optional: {@link io.vertiform.framework.validate.ValidatesConfig},
 * {@link io.vertiform.framework.validate.HasConfigValidators}. Non-blocking code implements
 * {@link AsyncDataSourceHandler}.
 */
public interface DataSourceHandler<S> {

    ComponentSchema schema();

    /** Returns the data: the configuration's values unchanged and every computed attribute set. */
    S read(DataSourceReadRequest<S> request);
}
