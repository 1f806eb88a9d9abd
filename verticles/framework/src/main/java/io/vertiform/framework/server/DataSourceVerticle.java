package io.vertiform.framework.server;

import static io.vertiform.contracts.provider.ProviderAddresses.Family.DATA_SOURCE;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ReadDataSource;
import io.vertiform.contracts.provider.ValidateDataResourceConfig;
import io.vertiform.framework.engine.DataSourceModel;
import io.vertiform.framework.engine.DataSourceOps;
import io.vertiform.framework.engine.Engine;
import io.vertiform.framework.session.Sessions;
import java.util.Map;

/** One data source on {@code vertiform.provider.data-source.<type>.*}. */
final class DataSourceVerticle extends ComponentVerticle {

    private final Engine engine;
    private final DataSourceModel m;

    DataSourceVerticle(Engine engine, DataSourceModel model, Sessions sessions, FrameworkOptions options,
                       Map<String, String> metadata) {
        super(sessions, options, ComponentKinds.DATA_SOURCE, model.typeName(),
                ProviderAddresses.PREFIX + "." + DATA_SOURCE.segment() + "." + model.typeName(), metadata);
        this.engine = engine;
        this.m = model;
    }

    @Override
    void consume() {
        serve(ProviderAddresses.of(DATA_SOURCE, m.typeName(), ProviderAddresses.VALIDATE),
                ValidateDataResourceConfig.Request.class, null, (q, s) -> DataSourceOps.validate(engine, m, q, s),
                ValidateDataResourceConfig.Response::new);
        serve(ProviderAddresses.of(DATA_SOURCE, m.typeName(), ProviderAddresses.READ), ReadDataSource.Request.class,
                ReadDataSource.Request::clientCapabilities, (q, s) -> DataSourceOps.read(engine, m, q, s),
                d -> new ReadDataSource.Response(null, d, null));
    }
}
