package io.vertiform.foundation.bench;

import io.vertiform.foundation.log.HclogJsonRenderer;
import io.vertiform.foundation.log.Level;
import io.vertiform.foundation.log.LineBuffer;
import io.vertiform.foundation.log.LogEvent;
import io.vertiform.foundation.log.LogPipeline;
import io.vertiform.foundation.log.LogSettings;
import io.vertiform.foundation.log.Sensitive;
import io.vertiform.foundation.log.VertiformLogger;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the hclog JSON renderer: one event with five fields (string, int, boolean, a sensitive value
 * and an error) rendered into a reused byte buffer, i.e. everything but the write(2) to stderr. The event is
 * built inside the benchmark, as a logger call would build it. {@code logThroughPipeline} measures a whole
 * logger call into a discarding stream.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class LogRenderBenchmark {

    private final HclogJsonRenderer renderer = new HclogJsonRenderer(ZoneOffset.UTC);
    private final LineBuffer sink = new LineBuffer();
    private final Object[] implied = {"session", "b1c9"};
    private final RuntimeException error = new RuntimeException("connection refused");
    private final VertiformLogger logger = LogPipeline.create(
            LogSettings.plugin(Map.of("TF_LOG", "info")).withStream(OutputStream::nullOutputStream))
            .logger("provider.vertiform_file").with("session", "b1c9");
    private long counter;

    @Benchmark
    public int renderFiveFields() {
        sink.reset();
        LogEvent event = new LogEvent(Instant.now(), Level.INFO, "provider.vertiform_file", "applied resource",
                implied, new Object[] {"resource", "vertiform_file.x", "attempt", counter++, "created", true,
                "token", Sensitive.of("s3cret"), "error", error});
        renderer.render(event, sink);
        return sink.length();
    }

    /** The whole logger call: level check, event, render, and the locked write to a discarding stream. */
    @Benchmark
    public void logThroughPipeline() {
        logger.info("applied resource", "resource", "vertiform_file.x", "attempt", counter++, "created", true,
                "token", Sensitive.of("s3cret"), "error", error);
    }
}
