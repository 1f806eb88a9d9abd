package io.vertiform.foundation.log;

import java.time.Clock;
import java.util.Objects;

/**
 * A level threshold, a clock and a sink. The process-wide pipeline lives in {@link Logs}; a session that
 * needs its own environment (another TF_LOG, another stream) creates its own pipeline and takes loggers
 * from it with {@link #logger(String)}.
 */
public final class LogPipeline {

    private final Level level;
    private final Clock clock;
    private final LogSink sink;
    private final LogSettings settings;

    private LogPipeline(Level level, Clock clock, LogSink sink, LogSettings settings) {
        this.level = Objects.requireNonNull(level, "level");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.settings = settings;
    }

    /** A pipeline rendering to the settings' stream. */
    public static LogPipeline create(LogSettings settings) {
        return new LogPipeline(settings.level(), settings.clock(),
                new RenderingSink(settings.renderer(), settings.stream()), settings);
    }

    /** A pipeline delivering events to any sink (for example a {@link CapturingSink}). */
    public static LogPipeline of(Level level, Clock clock, LogSink sink) {
        return new LogPipeline(level, clock, sink, null);
    }

    public Level level() {
        return level;
    }

    public Clock clock() {
        return clock;
    }

    /** The settings this pipeline was created from, or null for a pipeline made with {@link #of}. */
    public LogSettings settings() {
        return settings;
    }

    public boolean enabled(Level eventLevel) {
        return level.admits(eventLevel);
    }

    public void emit(LogEvent event) {
        if (enabled(event.level())) {
            sink.accept(event);
        }
    }

    /** A logger bound to this pipeline. */
    public VertiformLogger logger(String module) {
        return new PipelineLogger(new Target() {
            @Override
            public boolean enabled(Level eventLevel) {
                return LogPipeline.this.enabled(eventLevel);
            }

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public void emit(LogEvent event) {
                LogPipeline.this.emit(event);
            }
        }, module, null);
    }

    /** Where a {@link PipelineLogger} sends its events; lets global loggers follow reconfiguration. */
    interface Target {
        boolean enabled(Level eventLevel);

        Clock clock();

        void emit(LogEvent event);
    }
}
