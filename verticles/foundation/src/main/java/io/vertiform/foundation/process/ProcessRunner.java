package io.vertiform.foundation.process;

import io.vertiform.foundation.config.ProcessConfig;
import io.vertiform.foundation.error.ProcessException;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs subprocesses without blocking an event loop: the fork happens on a worker thread
 * ({@code executeBlocking}), output is drained by dedicated I/O threads, exit is observed through
 * {@link Process#onExit()}, and every callback and future completes on the caller's Vert.x context.
 */
public final class ProcessRunner {

    private static final VertiformLogger LOG = Logs.logger("process");
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Pipe readers block for the life of a process, so they get their own threads, not Vert.x workers. */
    private static final ExecutorService IO = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "vertiform-process-io-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final Vertx vertx;
    private final ProcessConfig defaults;

    private ProcessRunner(Vertx vertx, ProcessConfig defaults) {
        this.vertx = Objects.requireNonNull(vertx, "vertx");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
    }

    public static ProcessRunner create(Vertx vertx, ProcessConfig defaults) {
        return new ProcessRunner(vertx, defaults);
    }

    /** Starts the process and waits for its result. */
    public Future<ProcessResult> run(ProcessSpec spec) {
        return start(spec).compose(RunningProcess::result);
    }

    /** Starts the process; the returned handle gives its pid, its result and a way to kill it. */
    public Future<RunningProcess> start(ProcessSpec spec) {
        Context context = vertx.getOrCreateContext();
        ProcessBuilder builder = new ProcessBuilder(spec.command());
        if (spec.workingDirectory() != null) {
            builder.directory(spec.workingDirectory().toFile());
        }
        Map<String, String> env = builder.environment();
        if (!spec.inheritEnvironment()) {
            env.clear();
        }
        env.putAll(spec.environment());
        Duration timeout = spec.timeout() != null ? spec.timeout() : defaults.defaultTimeout();
        Future<Process> started = context.executeBlocking(() -> {
            try {
                return builder.start();
            } catch (IOException | RuntimeException e) {
                throw ProcessException.spawnFailed(spec.command(), e);
            }
        }, false);
        return started.map(process -> {
            LOG.debug("process started", "command", spec.command().get(0), "pid", process.pid());
            ProcessExecution execution = new ProcessExecution(vertx, context, IO, spec, process, timeout,
                    defaults.killGrace(), defaults.maxCaptureBytes(), LOG);
            execution.begin();
            return execution;
        });
    }
}
