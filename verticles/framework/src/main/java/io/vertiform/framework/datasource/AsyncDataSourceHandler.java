package io.vertiform.framework.datasource;

import io.vertiform.framework.schema.ComponentSchema;
import io.vertx.core.Future;

/** A data source with a non-blocking read; same contract as {@link DataSourceHandler}. */
public interface AsyncDataSourceHandler<S> {

    ComponentSchema schema();

    Future<S> read(DataSourceReadRequest<S> request);
}
