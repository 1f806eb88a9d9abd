package io.vertiform.foundation.log;

/** Turns one event into one line of bytes (including the trailing newline). Must be thread-safe. */
@FunctionalInterface
public interface LogRenderer {
    void render(LogEvent event, LineBuffer out);
}
