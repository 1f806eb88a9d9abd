package io.vertiform.foundation.log;

import java.util.Locale;
import java.util.Optional;

/** Log levels in go-hclog's order; {@link #OFF} silences a pipeline. */
public enum Level {
    TRACE("trace"),
    DEBUG("debug"),
    INFO("info"),
    WARN("warn"),
    ERROR("error"),
    OFF("off");

    private final String hclogName;

    Level(String hclogName) {
        this.hclogName = hclogName;
    }

    /** The name go-hclog writes in {@code @level}. */
    public String hclogName() {
        return hclogName;
    }

    /** True when an event at {@code event} passes a threshold of {@code this}. */
    public boolean admits(Level event) {
        return event != OFF && this != OFF && event.ordinal() >= ordinal();
    }

    /**
     * Parses a level name the way Terraform reads {@code TF_LOG}: case-insensitive hclog names, {@code JSON}
     * (Terraform's "trace, as JSON") and {@code OFF}; {@code warning} is accepted as an alias of warn.
     */
    public static Optional<Level> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "trace":
            case "json":
                return Optional.of(TRACE);
            case "debug":
                return Optional.of(DEBUG);
            case "info":
                return Optional.of(INFO);
            case "warn":
            case "warning":
                return Optional.of(WARN);
            case "error":
                return Optional.of(ERROR);
            case "off":
                return Optional.of(OFF);
            default:
                return Optional.empty();
        }
    }
}
