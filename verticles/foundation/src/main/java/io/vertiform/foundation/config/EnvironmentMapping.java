package io.vertiform.foundation.config;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maps {@code VERTIFORM_*} environment variables to configuration keys.
 *
 * <p>A variable that names a known key ({@link ConfigKeys#ALL}, or extra keys given by other modules) maps to
 * it exactly: {@code VERTIFORM_HUB_CLUSTER_NAME} is {@code hub.cluster_name}. Any other variable drops the
 * prefix, lower-cases and turns every {@code _} into a {@code .}: {@code VERTIFORM_RPC_PORT} is
 * {@code rpc.port}. Values stay strings; the typed accessors convert them. Empty values are ignored, so
 * {@code VERTIFORM_LOG_LEVEL=} does not override a file.
 */
public final class EnvironmentMapping {

    public static final String PREFIX = "VERTIFORM_";

    private final Map<String, String> knownByVariable = new HashMap<>();

    public EnvironmentMapping(Collection<String> knownKeys) {
        for (String key : knownKeys) {
            knownByVariable.put(ConfigKeys.environmentVariable(key), key);
        }
    }

    public static EnvironmentMapping standard() {
        return new EnvironmentMapping(ConfigKeys.ALL);
    }

    /** The key a variable maps to, or null if it is not a Vertiform variable. */
    public String keyFor(String variable) {
        if (!variable.startsWith(PREFIX) || variable.length() == PREFIX.length()) {
            return null;
        }
        String known = knownByVariable.get(variable);
        if (known != null) {
            return known;
        }
        return variable.substring(PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    /** One single-key tree per variable (sorted by name, so the result does not depend on map order). */
    public List<SourcedTree> trees(Map<String, String> env) {
        List<SourcedTree> out = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
            String key = keyFor(e.getKey());
            if (key != null && e.getValue() != null && !e.getValue().isEmpty()) {
                out.add(new SourcedTree(ConfigSource.environment(e.getKey()),
                        ConfigTrees.single(key, e.getValue())));
            }
        }
        return out;
    }
}
