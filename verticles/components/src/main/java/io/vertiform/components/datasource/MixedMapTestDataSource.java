package io.vertiform.components.datasource;

import io.vertiform.cty.BigFloat;
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
 * {@code vertiform_mixed_map_test}: any value in a dynamic attribute, echoed exactly, plus a processed copy —
 * for an object or map, strings upper-cased and numbers plus one (exact arithmetic), everything else as is.
 * A round-trip check for dynamic values, whose type travels with them on the wire.
 */
@DataSource("vertiform_mixed_map_test")
public final class MixedMapTestDataSource implements DataSourceHandler<MixedMapTestDataSource.MixedMap> {

    public record MixedMap(CtyValue inputData, CtyValue processedData, String dataHash) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .description("Test data source: echoes a value of any type and processes the top level of a map or object.")
                .attribute(Attributes.dynamic("input_data").optional().description("Any value; an object or map is processed."))
                .attribute(Attributes.dynamic("processed_data").computed()
                        .description("Strings upper-cased, numbers plus one; anything but an object or map gives an"
                                + " object with error and received_type."))
                .attribute(Attributes.string("data_hash").computed().description("SHA-256 of processed_data's JSON text."))
                .build();
    }

    @Override
    public MixedMap read(DataSourceReadRequest<MixedMap> request) {
        CtyValue in = request.config().inputData();
        CtyValue processed = process(in);
        return new MixedMap(in, processed, DataHash.of(processed));
    }

    static CtyValue process(CtyValue in) {
        if (in == null || in.isNull()) {
            return CtyValue.EMPTY_OBJECT_VAL;
        }
        CtyType t = in.type();
        if (t.isObjectType()) {
            Map<String, CtyValue> out = new LinkedHashMap<>();
            for (String name : t.attributeTypes().keySet()) {
                out.put(name, processScalar(in.getAttr(name)));
            }
            return CtyValue.objectVal(out);
        }
        if (t.isMapType()) {
            if (in.lengthInt() == 0) {
                return in;
            }
            Map<String, CtyValue> out = new LinkedHashMap<>();
            in.mapEntries().forEach((k, v) -> out.put(k, processScalar(v)));
            return CtyValue.mapVal(out);
        }
        return CtyValue.objectVal(Map.of(
                "error", CtyValue.stringVal("Input data was not a map as expected."),
                "received_type", CtyValue.stringVal(t.friendlyName())));
    }

    private static CtyValue processScalar(CtyValue v) {
        if (v.isNull()) {
            return v;
        }
        if (v.type().equals(CtyType.STRING)) {
            return CtyValue.stringVal(v.asString().toUpperCase(Locale.ROOT));
        }
        if (v.type().equals(CtyType.NUMBER)) {
            return CtyValue.numberVal(v.asBigFloat().add(BigFloat.ONE));
        }
        return v;
    }
}
