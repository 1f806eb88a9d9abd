package io.vertiform.components.datasource;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code vertiform_simple_map_test}: a map of strings in, the same map back untouched plus an upper-cased copy and
 * its hash. A round-trip check for map values through the protocol (null elements included).
 */
@DataSource("vertiform_simple_map_test")
public final class SimpleMapTestDataSource implements DataSourceHandler<SimpleMapTestDataSource.SimpleMap> {

    public record SimpleMap(CtyValue inputData, CtyValue processedData, String dataHash) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .description("Test data source: echoes a map of strings and returns it upper-cased.")
                .attribute(Attributes.map("input_data", CtyType.STRING).optional().description("Any map of strings."))
                .attribute(Attributes.map("processed_data", CtyType.STRING).computed()
                        .description("input_data with every value upper-cased (null values stay null)."))
                .attribute(Attributes.string("data_hash").computed()
                        .description("SHA-256 of processed_data's JSON text (keys sorted)."))
                .build();
    }

    @Override
    public SimpleMap read(DataSourceReadRequest<SimpleMap> request) {
        CtyValue in = request.config().inputData();
        CtyValue processed = CtyValue.mapValEmpty(CtyType.STRING);
        if (in != null && !in.isNull() && in.lengthInt() > 0) {
            Map<String, CtyValue> out = new LinkedHashMap<>();
            in.mapEntries().forEach((k, v) -> out.put(k, v.isNull() ? v
                    : CtyValue.stringVal(v.asString().toUpperCase(Locale.ROOT))));
            processed = CtyValue.mapVal(out);
        }
        return new SimpleMap(in, processed, DataHash.of(processed));
    }
}
