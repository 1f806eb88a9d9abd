package io.vertiform.foundation.log;

import io.vertiform.foundation.log.bridge.LoggingBridges;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The process-wide logging entry point. Loggers from {@link #logger(String)} always use the pipeline
 * installed last, so classes may hold them in static fields before {@link #configure} runs.
 *
 * <p>Until configured, the pipeline is the console renderer at info on stderr. Configuring also routes
 * Vert.x, Netty and Hazelcast internal logging into the pipeline (see {@link LoggingBridges}).
 */
public final class Logs {

    private static volatile LogPipeline current = LogPipeline.create(
            LogSettings.console(Level.INFO, false, true));
    private static final CopyOnWriteArrayList<Tap> TAPS = new CopyOnWriteArrayList<>();
    private static volatile Level tapThreshold = Level.OFF;

    private static final LogPipeline.Target GLOBAL = new LogPipeline.Target() {
        @Override
        public boolean enabled(Level level) {
            return current.enabled(level) || tapThreshold.admits(level);
        }

        @Override
        public Clock clock() {
            return current.clock();
        }

        @Override
        public void emit(LogEvent event) {
            current.emit(event);
            if (tapThreshold.admits(event.level())) {
                for (Tap tap : TAPS) {
                    if (tap.level.admits(event.level())) {
                        tap.sink.accept(event);
                    }
                }
            }
        }
    };

    private Logs() {
    }

    /** A logger for {@code module} (the hclog {@code @module}) that follows the current global pipeline. */
    public static VertiformLogger logger(String module) {
        return new PipelineLogger(GLOBAL, module, null);
    }

    /** Installs a new global pipeline built from {@code settings} and (re)installs the library bridges. */
    public static void configure(LogSettings settings) {
        install(LogPipeline.create(settings));
    }

    /** Installs {@code pipeline} as the global one. */
    public static void install(LogPipeline pipeline) {
        current = Objects.requireNonNull(pipeline, "pipeline");
        LoggingBridges.install(Logs::logger, effectiveThreshold());
    }

    public static LogPipeline pipeline() {
        return current;
    }

    /**
     * Also delivers global events at or above {@code level} to {@code sink}, whatever the pipeline's level,
     * until the returned tap is closed (how tests capture log events).
     */
    public static Tap tap(Level level, LogSink sink) {
        Tap tap = new Tap(level, sink);
        TAPS.add(tap);
        recomputeTapThreshold();
        return tap;
    }

    private static void recomputeTapThreshold() {
        Level lowest = Level.OFF;
        for (Tap tap : TAPS) {
            if (tap.level.ordinal() < lowest.ordinal()) {
                lowest = tap.level;
            }
        }
        tapThreshold = lowest;
        LoggingBridges.updateThreshold(effectiveThreshold());
    }

    private static Level effectiveThreshold() {
        Level pipelineLevel = current.level();
        return tapThreshold.ordinal() < pipelineLevel.ordinal() ? tapThreshold : pipelineLevel;
    }

    /** A registration made by {@link #tap}; closing it stops delivery. */
    public static final class Tap implements AutoCloseable {
        private final Level level;
        private final LogSink sink;

        private Tap(Level level, LogSink sink) {
            this.level = Objects.requireNonNull(level, "level");
            this.sink = Objects.requireNonNull(sink, "sink");
        }

        @Override
        public void close() {
            TAPS.remove(this);
            recomputeTapThreshold();
        }
    }
}
