package io.vertiform.foundation.log;

/** Receives events that passed a pipeline's level; must be thread-safe. */
@FunctionalInterface
public interface LogSink {
    void accept(LogEvent event);
}
