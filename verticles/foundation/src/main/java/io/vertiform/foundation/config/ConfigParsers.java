package io.vertiform.foundation.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Synchronous parsing of the three file formats for start-up paths that have no Vert.x instance yet. YAML
 * uses the same SnakeYAML as vertx-config-yaml (safe constructor: no arbitrary classes), TOML the same
 * {@link TomlConfigProcessor#parse} the asynchronous loader uses.
 */
final class ConfigParsers {

    private ConfigParsers() {
    }

    static JsonObject parse(String format, String text) throws Exception {
        switch (format) {
            case "json":
                return text.isBlank() ? new JsonObject() : new JsonObject(text);
            case "yaml":
                return yaml(text);
            case "toml":
                return TomlConfigProcessor.parse(text);
            default:
                throw new IllegalArgumentException("unknown configuration format " + format);
        }
    }

    private static JsonObject yaml(String text) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (doc == null) {
            return new JsonObject();
        }
        if (!(doc instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the document must be a mapping, not " + doc.getClass().getSimpleName());
        }
        return new JsonObject(toJsonMap(map));
    }

    private static Map<String, Object> toJsonMap(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), toJson(v)));
        return out;
    }

    private static Object toJson(Object v) {
        if (v instanceof Map<?, ?> m) {
            return new JsonObject(toJsonMap(m));
        }
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(toJson(item)));
            return new JsonArray(out);
        }
        if (v instanceof Date date) {
            return date.toInstant().toString();
        }
        if (v instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return v;
    }
}
