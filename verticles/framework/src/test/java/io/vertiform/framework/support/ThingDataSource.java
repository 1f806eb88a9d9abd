package io.vertiform.framework.support;

import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.value.Value;

/** {@code test_thing_lookup}: finds a thing by name. */
@DataSource("test_thing_lookup")
public final class ThingDataSource implements DataSourceHandler<ThingDataSource.Lookup> {

    public record Lookup(String name, Value<String> id, Value<Long> size) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .attribute(Attributes.string("name").required())
                .attribute(Attributes.string("id").computed())
                .attribute(Attributes.int64("size").computed())
                .build();
    }

    @Override
    public Lookup read(DataSourceReadRequest<Lookup> request) {
        String name = request.config().name();
        FakeCloud cloud = request.providerData(FakeCloud.class);
        Thing t = cloud.things.values().stream().filter(x -> name.equals(x.name())).findFirst()
                .orElseThrow(() -> ProviderException.error("Not found", "no thing named " + name));
        if (name.equals("lie")) {
            return new Lookup("other", t.id(), t.size());
        }
        return new Lookup(name, t.id(), t.size());
    }
}
