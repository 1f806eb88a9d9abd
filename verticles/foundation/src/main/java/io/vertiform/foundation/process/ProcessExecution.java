package io.vertiform.foundation.process;

import io.vertiform.foundation.error.ProcessException;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** One running process: pumps, stdin feeding, timeout and kill. */
final class ProcessExecution implements RunningProcess {

    private final Vertx vertx;
    private final Context context;
    private final ExecutorService io;
    private final ProcessSpec spec;
    private final Process process;
    private final Duration timeout;
    private final Duration killGrace;
    private final VertiformLogger log;
    private final BoundedCapture stdout;
    private final BoundedCapture stderr;
    private final Promise<ProcessResult> result;
    private final long startNanos = System.nanoTime();
    private volatile boolean timedOut;
    private volatile boolean killed;
    private long timeoutTimer = -1;

    ProcessExecution(Vertx vertx, Context context, ExecutorService io, ProcessSpec spec, Process process,
                     Duration timeout, Duration killGrace, long maxCapture, VertiformLogger log) {
        this.vertx = vertx;
        this.context = context;
        this.io = io;
        this.spec = spec;
        this.process = process;
        this.timeout = timeout;
        this.killGrace = killGrace;
        this.log = log;
        this.stdout = spec.captureStdout() ? new BoundedCapture(maxCapture) : null;
        this.stderr = spec.captureStderr() ? new BoundedCapture(maxCapture) : null;
        this.result = Promise.promise();
    }

    void begin() {
        OutputPump out = new OutputPump(process.getInputStream(), stdout, spec.onStdout(), context);
        OutputPump err = new OutputPump(process.getErrorStream(), stderr, spec.onStderr(), context);
        io.execute(out);
        io.execute(err);
        io.execute(this::feedStdin);
        timeoutTimer = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> {
            timedOut = true;
            log.debug("process timed out", "pid", process.pid(), "timeout_ms", timeout.toMillis());
            terminateTree();
        });
        process.onExit().thenCompose(p -> drained(out.done(), err.done())).whenComplete((v, e) ->
                context.runOnContext(ignored -> finish()));
    }

    /**
     * Waits for both pumps. If a grandchild keeps a pipe open after the process exited, stop waiting after
     * the kill grace period: the result then holds what was read so far, and closing the pipes lets the
     * readers end (best effort; a reader blocked in the OS may only end when the grandchild exits).
     */
    private CompletableFuture<Void> drained(CompletableFuture<Void> out, CompletableFuture<Void> err) {
        CompletableFuture<Void> both = CompletableFuture.allOf(out, err);
        CompletableFuture<Void> bounded = new CompletableFuture<>();
        both.whenComplete((v, e) -> bounded.complete(null));
        bounded.completeOnTimeout(null, Math.max(1, killGrace.toMillis()), TimeUnit.MILLISECONDS);
        return bounded.thenRun(() -> {
            if (!both.isDone()) {
                closeQuietly(process.getInputStream());
                closeQuietly(process.getErrorStream());
            }
        });
    }

    private void feedStdin() {
        try (OutputStream in = process.getOutputStream()) {
            if (spec.stdin() != null) {
                in.write(spec.stdin().getBytes());
            }
        } catch (IOException e) {
            // The process exited or closed stdin without reading it all; its exit status tells the story.
            log.trace("stdin not fully written", "pid", process.pid(), e);
        }
    }

    private void finish() {
        vertx.cancelTimer(timeoutTimer);
        if (timedOut) {
            result.tryFail(ProcessException.timeout(spec.command(), timeout));
            return;
        }
        int exit = process.exitValue();
        log.debug("process exited", "pid", process.pid(), "exit_code", exit);
        result.tryComplete(new ProcessResult(spec.command(), process.pid(), exit,
                stdout == null ? Buffer.buffer() : stdout.bytes(), stderr == null ? Buffer.buffer() : stderr.bytes(),
                stdout != null && stdout.truncated(), stderr != null && stderr.truncated(), killed,
                Duration.ofNanos(System.nanoTime() - startNanos)));
    }

    private void terminateTree() {
        // Snapshot descendants first: once the parent dies they are re-parented and no longer found.
        List<ProcessHandle> tree = process.descendants().collect(Collectors.toList());
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        vertx.setTimer(Math.max(1, killGrace.toMillis()), id -> {
            tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        });
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // Closing only unblocks the reader; a failure to close changes nothing.
        }
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public Future<ProcessResult> result() {
        return result.future();
    }

    @Override
    public Future<ProcessResult> kill() {
        killed = true;
        context.runOnContext(v -> terminateTree());
        return result.future();
    }
}
