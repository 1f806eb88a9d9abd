package io.vertiform.foundation.config;

import io.vertiform.foundation.error.ConfigException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The merged configuration plus, for every leaf key, the source that set it. Typed accessors convert
 * values (strings from the environment and flags included) and report a bad value as a
 * {@link ConfigException} naming the key and its source.
 */
public final class ConfigSnapshot {

    private final JsonObject merged;
    private final Map<String, ConfigSource> provenance;

    ConfigSnapshot(JsonObject merged, Map<String, ConfigSource> provenance) {
        this.merged = merged;
        this.provenance = Collections.unmodifiableMap(new TreeMap<>(provenance));
    }

    /** Merges trees in order (lowest precedence first). */
    public static ConfigSnapshot merge(List<SourcedTree> layers) {
        JsonObject merged = new JsonObject();
        Map<String, ConfigSource> provenance = new TreeMap<>();
        for (SourcedTree layer : layers) {
            ConfigTrees.merge(merged, layer.tree(), "", layer.source(), provenance);
        }
        return new ConfigSnapshot(merged, provenance);
    }

    /** A copy of the whole merged tree. */
    public JsonObject asJson() {
        return merged.copy();
    }

    /** Leaf keys and their sources, sorted by key. */
    public Map<String, ConfigSource> provenance() {
        return provenance;
    }

    /** The source of a key, or of the nearest leaf under it. */
    public Optional<ConfigSource> sourceOf(String key) {
        ConfigSource direct = provenance.get(key);
        if (direct != null) {
            return Optional.of(direct);
        }
        return provenance.entrySet().stream().filter(e -> e.getKey().startsWith(key + '.'))
                .map(Map.Entry::getValue).findFirst();
    }

    public Optional<Object> value(String key) {
        return Optional.ofNullable(ConfigTrees.get(merged, key));
    }

    /** A section for modules with their own keys, e.g. {@code section("rpc")}; empty when absent. */
    public JsonObject section(String key) {
        Object v = ConfigTrees.get(merged, key);
        return v instanceof JsonObject obj ? obj.copy() : new JsonObject();
    }

    public String string(String key) {
        Object v = require(key);
        if (v instanceof JsonObject || v instanceof JsonArray) {
            throw invalid(key, "a string", v);
        }
        return String.valueOf(v);
    }

    /** A string from a fixed set (case-insensitive), returned lower-cased. */
    public String choice(String key, List<String> allowed) {
        String v = string(key).trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw invalid(key, "one of " + String.join(", ", allowed), require(key));
        }
        return v;
    }

    public boolean bool(String key) {
        Object v = require(key);
        if (v instanceof Boolean b) {
            return b;
        }
        switch (String.valueOf(v).trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "yes":
            case "on":
            case "1":
                return true;
            case "false":
            case "no":
            case "off":
            case "0":
                return false;
            default:
                throw invalid(key, "true or false", v);
        }
    }

    public long integer(String key, long min, long max) {
        Object v = require(key);
        String expected = "an integer from " + min + " to " + max;
        long parsed;
        try {
            BigDecimal d = v instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(String.valueOf(v).trim());
            parsed = d.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(key, expected, v);
        }
        if (parsed < min || parsed > max) {
            throw invalid(key, expected, v);
        }
        return parsed;
    }

    public double decimal(String key, double min, double max) {
        Object v = require(key);
        String expected = "a number from " + min + " to " + max;
        double parsed;
        try {
            parsed = v instanceof Number n ? n.doubleValue() : Double.parseDouble(String.valueOf(v).trim());
        } catch (NumberFormatException e) {
            throw invalid(key, expected, v);
        }
        if (!(parsed >= min && parsed <= max)) {
            throw invalid(key, expected, v);
        }
        return parsed;
    }

    /** See {@link Durations#parse}; a number means milliseconds. */
    public Duration duration(String key) {
        Object v = require(key);
        try {
            if (v instanceof Number n) {
                return Durations.parse(Long.toString(new BigDecimal(n.toString()).longValueExact()));
            }
            return Durations.parse(String.valueOf(v));
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw invalid(key, "a duration such as 500ms, 30s or 2m", v);
        }
    }

    /** A list: a JSON/YAML/TOML array, or a comma-separated string (environment, flags). */
    public List<String> stringList(String key) {
        Object v = require(key);
        List<String> out = new ArrayList<>();
        if (v instanceof JsonArray array) {
            for (Object item : array) {
                if (item instanceof JsonObject || item instanceof JsonArray || item == null) {
                    throw invalid(key, "a list of strings", v);
                }
                out.add(String.valueOf(item).trim());
            }
        } else if (v instanceof JsonObject) {
            throw invalid(key, "a list of strings", v);
        } else {
            for (String part : String.valueOf(v).split(",")) {
                if (!part.isBlank()) {
                    out.add(part.trim());
                }
            }
        }
        return List.copyOf(out);
    }

    /** A {@link ConfigException} for {@code key}'s current value, naming its source. */
    public ConfigException invalid(String key, String expected, Object actual) {
        String source = sourceOf(key).map(ConfigSource::description).orElse("configuration");
        return ConfigException.invalidValue(key, source, expected, actual);
    }

    private Object require(String key) {
        Object v = ConfigTrees.get(merged, key);
        if (v == null) {
            throw ConfigException.missing(key, "set it in a config file, as "
                    + ConfigKeys.environmentVariable(key) + ", or restore the built-in defaults");
        }
        return v;
    }

    @Override
    public String toString() {
        return merged.encode();
    }
}
