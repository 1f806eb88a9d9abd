package io.vertiform.components.datasource;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code vertiform_structured_object_test}: a name and a map in, two computed objects out — one with nested maps of
 * strings and numbers, one with a nested object. A round-trip check for object-typed attributes.
 */
@DataSource("vertiform_structured_object_test")
public final class StructuredObjectTestDataSource
        implements DataSourceHandler<StructuredObjectTestDataSource.Structured> {

    static final CtyType GENERATED = CtyType.object(Map.of(
            "name", CtyType.STRING,
            "version", CtyType.STRING,
            "enabled", CtyType.BOOL,
            "settings", CtyType.map(CtyType.STRING),
            "numeric_settings", CtyType.map(CtyType.NUMBER)));

    static final CtyType NESTED_INFO = CtyType.object(Map.of("level", CtyType.NUMBER, "source", CtyType.STRING));

    static final CtyType SUMMARY = CtyType.object(Map.of(
            "total_keys", CtyType.NUMBER,
            "has_metadata", CtyType.BOOL,
            "config_hash", CtyType.STRING,
            "nested_info", NESTED_INFO));

    public record Structured(String configName, CtyValue metadata, CtyValue generatedConfig, CtyValue summary) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .description("Test data source: builds nested objects from a name and a map of strings.")
                .attribute(Attributes.string("config_name").required())
                .attribute(Attributes.map("metadata", CtyType.STRING).optional())
                .attribute(Attributes.of("generated_config", GENERATED).computed()
                        .description("name, version, enabled, settings (\"processed_\" + each value) and"
                                + " numeric_settings (\"num_\" + key → the value's length)."))
                .attribute(Attributes.of("summary", SUMMARY).computed()
                        .description("total_keys, has_metadata, config_hash (first 8 hex digits of SHA-256 of"
                                + " config_name) and nested_info {level, source}."))
                .build();
    }

    @Override
    public Structured read(DataSourceReadRequest<Structured> request) {
        Structured c = request.config();
        Map<String, CtyValue> settings = new LinkedHashMap<>();
        Map<String, CtyValue> numeric = new LinkedHashMap<>();
        CtyValue metadata = c.metadata();
        int total = 0;
        if (metadata != null && !metadata.isNull()) {
            total = metadata.lengthInt();
            metadata.mapEntries().forEach((k, v) -> {
                if (!v.isNull()) {
                    String s = v.asString();
                    settings.put(k, CtyValue.stringVal("processed_" + s));
                    numeric.put("num_" + k, CtyValue.numberIntVal(s.codePointCount(0, s.length())));
                }
            });
        }
        CtyValue generated = CtyValue.objectVal(Map.of(
                "name", CtyValue.stringVal(c.configName()),
                "version", CtyValue.stringVal("1.0.0"),
                "enabled", CtyValue.TRUE,
                "settings", settings.isEmpty() ? CtyValue.mapValEmpty(CtyType.STRING) : CtyValue.mapVal(settings),
                "numeric_settings", numeric.isEmpty() ? CtyValue.mapValEmpty(CtyType.NUMBER) : CtyValue.mapVal(numeric)));
        CtyValue summary = CtyValue.objectVal(Map.of(
                "total_keys", CtyValue.numberIntVal(total),
                "has_metadata", CtyValue.boolVal(total > 0),
                "config_hash", CtyValue.stringVal(DataHash.sha256(c.configName()).substring(0, 8)),
                "nested_info", CtyValue.objectVal(Map.of(
                        "level", CtyValue.numberIntVal(2),
                        "source", CtyValue.stringVal(c.configName())))));
        return new Structured(c.configName(), metadata, generated, summary);
    }
}
