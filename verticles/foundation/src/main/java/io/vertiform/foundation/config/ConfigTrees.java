package io.vertiform.foundation.config;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** Helpers for dotted keys over nested JSON objects, and the provenance-keeping deep merge. */
final class ConfigTrees {

    private ConfigTrees() {
    }

    /** {@code a.b.c = v} as {@code {"a":{"b":{"c":v}}}}. */
    static JsonObject single(String dottedKey, Object value) {
        String[] parts = dottedKey.split("\\.");
        JsonObject root = new JsonObject();
        JsonObject at = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonObject next = new JsonObject();
            at.put(parts[i], next);
            at = next;
        }
        at.put(parts[parts.length - 1], value);
        return root;
    }

    /** The value at a dotted key, or null. */
    static Object get(JsonObject root, String dottedKey) {
        Object at = root;
        for (String part : dottedKey.split("\\.")) {
            if (!(at instanceof JsonObject obj)) {
                return null;
            }
            at = obj.getValue(part);
        }
        return at;
    }

    /**
     * Deep-merges {@code overlay} into {@code target} (objects merge key by key, anything else replaces, as
     * Vert.x Config merges its stores) and records {@code source} for every leaf it sets.
     */
    static void merge(JsonObject target, JsonObject overlay, String prefix, ConfigSource source,
                      Map<String, ConfigSource> provenance) {
        for (String key : overlay.fieldNames()) {
            String path = prefix.isEmpty() ? key : prefix + '.' + key;
            Object value = overlay.getValue(key);
            Object existing = target.getValue(key);
            if (value instanceof JsonObject sub && existing instanceof JsonObject into) {
                merge(into, sub, path, source, provenance);
                continue;
            }
            provenance.keySet().removeIf(k -> k.equals(path) || k.startsWith(path + '.'));
            if (value instanceof JsonObject sub) {
                JsonObject copy = new JsonObject();
                target.put(key, copy);
                merge(copy, sub, path, source, provenance);
            } else {
                target.put(key, value instanceof JsonArray array ? array.copy() : value);
                provenance.put(path, source);
            }
        }
    }
}
