package io.vertiform.rpc.client;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A launched plugin process: its first stdout line (the handshake), the rest of stdout drained and dropped (as
 * go-plugin does), stderr forwarded line by line, and the last stderr lines kept for error messages. Blocking
 * reads run on daemon threads of their own, never on Vert.x threads.
 */
final class PluginProcess {

    private static final int STDERR_TAIL_LINES = 20;

    private final Process process;
    private final Deque<String> stderrTail = new ArrayDeque<>();

    private PluginProcess(Process process) {
        this.process = process;
    }

    /** Starts the process; the handshake future fails on early exit, a timeout (the process is then killed). */
    static PluginProcess start(PluginClientOptions options, Map<String, String> pluginEnvironment) {
        ProcessBuilder builder = new ProcessBuilder(options.command());
        if (!options.inheritEnvironment()) {
            builder.environment().clear();
        }
        builder.environment().putAll(pluginEnvironment);
        builder.environment().putAll(options.environment());
        options.workingDirectory().ifPresent(dir -> builder.directory(dir.toFile()));
        try {
            Process p = builder.start();
            // A plugin must never read its stdin; an immediate end of input makes one that tries fail fast.
            p.getOutputStream().close();
            return new PluginProcess(p);
        } catch (IOException e) {
            throw new PluginClientException("cannot start plugin " + options.command() + ": " + e.getMessage(), e);
        }
    }

    Process process() {
        return process;
    }

    /** Forwards stderr and completes with the handshake line, or fails with what went wrong. */
    Future<String> handshake(Vertx vertx, Duration timeout, Consumer<String> stderr) {
        Promise<String> line = Promise.promise();
        Thread err = reader("plugin-stderr", process.getErrorStream(), text -> {
            synchronized (stderrTail) {
                if (stderrTail.size() == STDERR_TAIL_LINES) {
                    stderrTail.removeFirst();
                }
                stderrTail.addLast(text);
            }
            stderr.accept(text);
        }, () -> { });
        boolean[] first = {true};
        Thread out = reader("plugin-stdout", process.getInputStream(), text -> {
            if (first[0]) {
                first[0] = false;
                line.tryComplete(text);
            }
        }, () -> {
            // stdout ended: unless the line came, the process is exiting; report it with its last stderr lines.
            if (!line.future().isComplete()) {
                int code = waitForExit(err);
                line.tryFail(new PluginClientException("plugin exited before we could connect (exit code " + code
                        + ")" + stderrTail()));
            }
        });
        err.start();
        out.start();
        long timer = vertx.setTimer(Math.max(1, timeout.toMillis()), id -> {
            if (line.tryFail(new PluginClientException("timeout while waiting for plugin to start (no handshake "
                    + "line within " + timeout.toMillis() + " ms)" + stderrTail()))) {
                process.destroyForcibly();
            }
        });
        return line.future().onComplete(ar -> vertx.cancelTimer(timer));
    }

    /** The last stderr lines, for error messages. */
    String stderrTail() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "" : "; plugin stderr:\n" + String.join("\n", stderrTail);
        }
    }

    /** Runs on the stdout reader's own thread, never on a shared pool. */
    private int waitForExit(Thread stderrReader) {
        try {
            int code = process.waitFor();
            stderrReader.join(Duration.ofSeconds(2).toMillis());
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static Thread reader(String name, InputStream in, Consumer<String> lines, Runnable atEnd) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String text;
                while ((text = r.readLine()) != null) {
                    lines.accept(text);
                }
            } catch (IOException e) {
                // The process went away; its exit is reported by whoever waits for it.
            } finally {
                atEnd.run();
            }
        }, name);
        t.setDaemon(true);
        return t;
    }
}
