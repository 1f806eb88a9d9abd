package io.vertiform.foundation.log;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One log event. Fields are the logger's implied fields followed by the call's key/value arguments,
 * exposed by index so renderers can walk them without building a map.
 */
public final class LogEvent {

    /** go-hclog's key for an odd trailing argument that is not an error. */
    public static final String MISSING_KEY = "EXTRA_VALUE_AT_END";
    /** Key under which an error is rendered, as Go code conventionally logs {@code "error", err}. */
    public static final String ERROR_KEY = "error";

    private static final Object[] NONE = new Object[0];

    private final Instant timestamp;
    private final Level level;
    private final String module;
    private final String message;
    private final Object[] implied;
    private final Object[] args;
    private final int impliedPairs;
    private final int argPairs;
    private final Object trailing;

    public LogEvent(Instant timestamp, Level level, String module, String message, Object[] implied, Object[] args) {
        this.timestamp = timestamp;
        this.level = level;
        this.module = module == null ? "" : module;
        this.message = message == null ? "" : message;
        this.implied = implied == null ? NONE : implied;
        this.args = args == null ? NONE : args;
        this.impliedPairs = this.implied.length / 2;
        this.argPairs = this.args.length / 2;
        this.trailing = (this.args.length & 1) == 1 ? this.args[this.args.length - 1] : NONE;
    }

    public Instant timestamp() {
        return timestamp;
    }

    public Level level() {
        return level;
    }

    public String module() {
        return module;
    }

    public String message() {
        return message;
    }

    /** Number of key/value fields, including a trailing unpaired argument. */
    public int fieldCount() {
        return impliedPairs + argPairs + (trailing == NONE ? 0 : 1);
    }

    public String key(int index) {
        if (index < impliedPairs) {
            return String.valueOf(implied[2 * index]);
        }
        int i = index - impliedPairs;
        if (i < argPairs) {
            return String.valueOf(args[2 * i]);
        }
        return trailing instanceof Throwable ? ERROR_KEY : MISSING_KEY;
    }

    public Object value(int index) {
        if (index < impliedPairs) {
            return implied[2 * index + 1];
        }
        int i = index - impliedPairs;
        if (i < argPairs) {
            return args[2 * i + 1];
        }
        return trailing;
    }

    /** The event's error: a trailing Throwable, else the last Throwable under key {@code "error"}. */
    public Throwable error() {
        if (trailing instanceof Throwable t) {
            return t;
        }
        Throwable found = null;
        for (int i = 0, n = fieldCount(); i < n; i++) {
            if (value(i) instanceof Throwable t && ERROR_KEY.equals(key(i))) {
                found = t;
            }
        }
        return found;
    }

    /** Fields as a map in first-seen order, later duplicates winning (as go-hclog's JSON map does). */
    public Map<String, Object> fields() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0, n = fieldCount(); i < n; i++) {
            out.put(key(i), value(i));
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public String toString() {
        return "LogEvent[" + level + ' ' + module + ": " + message + ' ' + fields() + ']';
    }
}
