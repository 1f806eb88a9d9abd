package io.vertiform.foundation.log;

/**
 * A structured logger: a message plus alternating key/value fields.
 *
 * <p>A {@link Throwable} as the last (odd) argument, or the value under key {@code "error"}, is the event's
 * error. An odd trailing argument that is not a Throwable is kept under go-hclog's key
 * {@code EXTRA_VALUE_AT_END}. Wrap secrets in {@link Sensitive#of(Object)}.
 */
public interface VertiformLogger {

    /** The hclog {@code @module} name. */
    String module();

    boolean enabled(Level level);

    void log(Level level, String message, Object... keyValues);

    default void trace(String message, Object... keyValues) {
        log(Level.TRACE, message, keyValues);
    }

    default void debug(String message, Object... keyValues) {
        log(Level.DEBUG, message, keyValues);
    }

    default void info(String message, Object... keyValues) {
        log(Level.INFO, message, keyValues);
    }

    default void warn(String message, Object... keyValues) {
        log(Level.WARN, message, keyValues);
    }

    default void error(String message, Object... keyValues) {
        log(Level.ERROR, message, keyValues);
    }

    /** A logger that adds {@code key=value} to every event (hclog's {@code With}). */
    VertiformLogger with(String key, Object value);

    /** A child logger whose module is {@code module() + "." + name} (hclog's {@code Named}). */
    VertiformLogger named(String name);
}
