package io.vertiform.foundation.config;

/** The configuration layers, lowest precedence first; a later layer overrides an earlier one key by key. */
public enum ConfigLayer {
    /** {@code conf/defaults.yaml}, embedded in the jar as {@code io/vertiform/conf/defaults.yaml}. */
    DEFAULTS,
    /** {@code $XDG_CONFIG_HOME/vertiform/config.{json,yaml,yml,toml}}. */
    USER_FILE,
    /** {@code ./vertiform.{json,yaml,yml,toml}} in the working directory. */
    PROJECT_FILE,
    /** {@code VERTIFORM_*} environment variables. */
    ENVIRONMENT,
    /** Command-line flags handed in by the launcher. */
    FLAGS
}
