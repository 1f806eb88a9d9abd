package io.vertiform.foundation.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A configuration problem, always naming where the value came from (a file path, an environment variable,
 * a command-line flag) and which key, so the CLI can print one clear line instead of a stack trace.
 */
public class ConfigException extends VertiformException {

    private static final long serialVersionUID = 1L;

    /** A value is present but has the wrong type or is out of range. */
    public static final String INVALID_VALUE = "config.invalid_value";
    /** A configuration file exists but cannot be read or parsed. */
    public static final String UNREADABLE = "config.unreadable";
    /** A required value is absent from every source. */
    public static final String MISSING_VALUE = "config.missing_value";

    public ConfigException(String code, String summary, String detail, Map<String, ?> context, Throwable cause) {
        super(ErrorCategory.INVALID, LayerCodes.require("config", code), summary, detail, context, cause);
    }

    /**
     * @param key      dotted key, e.g. {@code hub.port}
     * @param source   where the value came from, e.g. {@code environment variable VERTIFORM_HUB_PORT}
     * @param expected what would have been accepted, e.g. {@code an integer from 0 to 65535}
     * @param actual   the rejected value
     */
    public static ConfigException invalidValue(String key, String source, String expected, Object actual) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("key", key);
        context.put("source", source);
        context.put("value", String.valueOf(actual));
        return new ConfigException(INVALID_VALUE, "Invalid value for " + key,
                source + " sets it to " + LayerCodes.quote(actual) + "; expected " + expected, context, null);
    }

    public static ConfigException unreadable(String source, String reason, Throwable cause) {
        return new ConfigException(UNREADABLE, "Cannot read configuration from " + source, reason,
                Map.of("source", source), cause);
    }

    public static ConfigException missing(String key, String hint) {
        return new ConfigException(MISSING_VALUE, "Missing configuration value " + key, hint,
                Map.of("key", key), null);
    }

    /** The dotted key concerned, or null for whole-file problems. */
    public String key() {
        Object key = context().get("key");
        return key == null ? null : key.toString();
    }

    /** Where the offending value or file came from. */
    public String source() {
        Object source = context().get("source");
        return source == null ? null : source.toString();
    }
}
