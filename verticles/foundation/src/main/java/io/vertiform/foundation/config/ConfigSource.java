package io.vertiform.foundation.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a configuration value came from, phrased for error messages:
 * {@code file /home/me/.config/vertiform/config.yaml}, {@code environment variable VERTIFORM_HUB_PORT},
 * {@code command-line flag hub.port}, {@code built-in defaults}.
 */
public record ConfigSource(ConfigLayer layer, String description) {

    public ConfigSource {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(description, "description");
    }

    public static ConfigSource defaults(String resource) {
        return new ConfigSource(ConfigLayer.DEFAULTS, "built-in defaults (" + resource + ")");
    }

    public static ConfigSource file(ConfigLayer layer, Path path) {
        return new ConfigSource(layer, "file " + path);
    }

    public static ConfigSource environment(String variable) {
        return new ConfigSource(ConfigLayer.ENVIRONMENT, "environment variable " + variable);
    }

    public static ConfigSource flag(String key) {
        return new ConfigSource(ConfigLayer.FLAGS, "command-line flag " + key);
    }

    @Override
    public String toString() {
        return description;
    }
}
