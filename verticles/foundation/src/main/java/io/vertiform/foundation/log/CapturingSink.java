package io.vertiform.foundation.log;

import java.util.ArrayList;
import java.util.List;

/** Keeps events in memory; for tests and for tools that inspect what was logged. */
public final class CapturingSink implements LogSink {

    private final List<LogEvent> events = new ArrayList<>();

    @Override
    public synchronized void accept(LogEvent event) {
        events.add(event);
    }

    public synchronized List<LogEvent> events() {
        return List.copyOf(events);
    }

    public synchronized void clear() {
        events.clear();
    }
}
