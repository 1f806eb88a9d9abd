package io.vertiform.testkit.log;

import io.vertiform.foundation.log.CapturingSink;
import io.vertiform.foundation.log.Level;
import io.vertiform.foundation.log.LogEvent;
import io.vertiform.foundation.log.Logs;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Captures the events of the global logging pipeline ({@link Logs}) at or above a level, whatever level
 * the pipeline itself renders. Closing it stops the capture. Events from other threads of the same JVM are
 * captured too: filter by {@link LogEvent#module()} when tests run concurrently.
 */
public final class LogCapture implements AutoCloseable {
    private final CapturingSink sink = new CapturingSink();
    private final Logs.Tap tap;

    private LogCapture(Level level) {
        this.tap = Logs.tap(level, sink);
    }

    public static LogCapture start(Level level) {
        return new LogCapture(level);
    }

    /** Everything from trace up. */
    public static LogCapture start() {
        return start(Level.TRACE);
    }

    public List<LogEvent> events() {
        return sink.events();
    }

    public List<LogEvent> events(Predicate<LogEvent> filter) {
        return events().stream().filter(filter).toList();
    }

    /** Events whose module is {@code module} or a child of it ({@code module.x}). */
    public List<LogEvent> module(String module) {
        return events(e -> e.module().equals(module) || e.module().startsWith(module + "."));
    }

    public List<String> messages() {
        return events().stream().map(LogEvent::message).toList();
    }

    public boolean contains(String message) {
        return messages().contains(message);
    }

    /** Waits (polling) until an event matches, for logs written by event-loop code after a future completes. */
    public LogEvent await(Predicate<LogEvent> filter, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (LogEvent e : events()) {
                if (filter.test(e)) {
                    return e;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no log event matched within " + timeout + "; captured: " + events());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public void clear() {
        sink.clear();
    }

    @Override
    public void close() {
        tap.close();
    }
}
