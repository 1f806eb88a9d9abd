package io.vertiform.foundation.log.bridge;

import io.vertiform.foundation.log.Level;
import io.vertiform.foundation.log.VertiformLogger;
import java.util.function.Function;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/**
 * A java.util.logging handler that forwards records into Vertiform's pipeline. Vert.x, Netty and Hazelcast
 * all log through JUL here, so their messages are rendered like ours (hclog JSON in plugin mode) and go to
 * stderr, never to stdout.
 */
public final class JulBridgeHandler extends Handler {

    private final Function<String, VertiformLogger> loggers;
    // Only used for formatMessage (parameters and resource bundles), never for whole-line formatting.
    private final Formatter messageFormatter = new SimpleFormatter();

    public JulBridgeHandler(Function<String, VertiformLogger> loggers) {
        this.loggers = loggers;
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null) {
            return;
        }
        Level level = toLevel(record.getLevel());
        String source = record.getLoggerName() == null ? "" : record.getLoggerName();
        VertiformLogger logger = loggers.apply(moduleFor(source));
        if (!logger.enabled(level)) {
            return;
        }
        String message = messageFormatter.formatMessage(record);
        if (record.getThrown() != null) {
            logger.log(level, message, "logger", source, record.getThrown());
        } else {
            logger.log(level, message, "logger", source);
        }
    }

    @Override
    public void flush() {
        // Lines are written and flushed by the pipeline's sink.
    }

    @Override
    public void close() {
        // Nothing is held open.
    }

    /** Maps JUL levels onto hclog's: SEVERE error, WARNING warn, INFO info, CONFIG and FINE debug, finer trace. */
    public static Level toLevel(java.util.logging.Level julLevel) {
        int v = julLevel == null ? java.util.logging.Level.INFO.intValue() : julLevel.intValue();
        if (v >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        }
        if (v >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARN;
        }
        if (v >= java.util.logging.Level.INFO.intValue()) {
            return Level.INFO;
        }
        if (v >= java.util.logging.Level.FINE.intValue()) {
            return Level.DEBUG;
        }
        return Level.TRACE;
    }

    /** The JUL threshold that lets through exactly the records {@code level} admits. */
    public static java.util.logging.Level toJul(Level level) {
        switch (level) {
            case TRACE:
                return java.util.logging.Level.ALL;
            case DEBUG:
                return java.util.logging.Level.FINE;
            case INFO:
                return java.util.logging.Level.INFO;
            case WARN:
                return java.util.logging.Level.WARNING;
            case ERROR:
                return java.util.logging.Level.SEVERE;
            default:
                return java.util.logging.Level.OFF;
        }
    }

    /** The hclog module for a JUL logger name: the library it belongs to. */
    public static String moduleFor(String loggerName) {
        if (loggerName.startsWith("io.vertx")) {
            return "vertx";
        }
        if (loggerName.startsWith("io.netty")) {
            return "netty";
        }
        if (loggerName.startsWith("com.hazelcast")) {
            return "hazelcast";
        }
        return "jul";
    }
}
