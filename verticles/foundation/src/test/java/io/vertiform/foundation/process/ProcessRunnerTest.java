package io.vertiform.foundation.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.foundation.config.ProcessConfig;
import io.vertiform.foundation.error.ProcessException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {

    static Vertx vertx;
    static ProcessRunner runner;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        runner = ProcessRunner.create(vertx, new ProcessConfig(Duration.ofSeconds(30), Duration.ofMillis(300), 1024));
    }

    @AfterAll
    static void stop() throws Exception {
        await(vertx.close());
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    static Throwable failureOf(Future<?> future) throws Exception {
        try {
            await(future);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected a failure");
    }

    static ProcessSpec.Builder sh(String script) {
        return ProcessSpec.builder("/bin/sh", "-c", script);
    }

    @Test
    void capturesExitCodeAndBothStreams() throws Exception {
        ProcessResult r = await(runner.run(sh("printf out; printf err >&2; exit 3").build()));
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.stdoutText()).isEqualTo("out");
        assertThat(r.stderrText()).isEqualTo("err");
        assertThat(r.succeeded()).isFalse();
        assertThat(r.pid()).isPositive();
    }

    @Test
    void ensureSuccessTurnsNonZeroIntoProcessException() throws Exception {
        Throwable t = failureOf(runner.run(sh("echo nope >&2; exit 2").build()).map(ProcessResult::ensureSuccess));
        assertThat(t).isInstanceOf(ProcessException.class);
        ProcessException e = (ProcessException) t;
        assertThat(e.code()).isEqualTo(ProcessException.EXIT_STATUS);
        assertThat(e.context()).containsEntry("exit_code", 2);
        assertThat(e.detail()).isEqualTo("exit status 2\nnope");
        assertThat(await(runner.run(sh("true").build()).map(ProcessResult::ensureSuccess)).exitCode()).isZero();
    }

    @Test
    void environmentIsInjectedAndNotInheritedWhenAsked(@TempDir Path dir) throws Exception {
        ProcessResult clean = await(runner.run(sh("echo \"[$GREETING][$HOME]\"").inheritEnvironment(false)
                .env("GREETING", "hi").build()));
        assertThat(clean.stdoutText()).isEqualTo("[hi][]\n");
        ProcessResult inherited = await(runner.run(sh("echo \"$GREETING\"").env("GREETING", "yo").build()));
        assertThat(inherited.stdoutText()).isEqualTo("yo\n");
    }

    @Test
    void workingDirectoryIsUsed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("marker.txt"), "x");
        ProcessResult r = await(runner.run(sh("pwd; ls").workingDirectory(dir).build()));
        assertThat(r.stdoutText()).isEqualTo(dir.toRealPath() + "\nmarker.txt\n");
    }

    @Test
    void stdinIsFedThenClosed() throws Exception {
        ProcessResult r = await(runner.run(ProcessSpec.builder("cat").stdin("line one\nline two\n").build()));
        assertThat(r.stdoutText()).isEqualTo("line one\nline two\n");
        assertThat(await(runner.run(ProcessSpec.builder("cat").build())).stdoutText()).isEmpty();
    }

    @Test
    void timeoutKillsTheProcessTree() throws Exception {
        long start = System.nanoTime();
        Throwable t = failureOf(runner.run(sh("sleep 30 & sleep 30; wait").timeout(Duration.ofMillis(300)).build()));
        assertThat(t).isInstanceOf(ProcessException.class);
        assertThat(((ProcessException) t).code()).isEqualTo(ProcessException.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void killEndsProcessAndDescendants() throws Exception {
        RunningProcess p = await(runner.start(sh("sleep 30 & echo $!; wait").build()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (ProcessHandle.of(p.pid()).map(h -> h.descendants().count()).orElse(0L) == 0
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<ProcessHandle> children = new ArrayList<>(ProcessHandle.of(p.pid()).orElseThrow().descendants().toList());
        assertThat(children).isNotEmpty();
        ProcessResult r = await(p.kill());
        assertThat(r.killed()).isTrue();
        assertThat(r.succeeded()).isFalse();
        for (ProcessHandle child : children) {
            child.onExit().get(5, TimeUnit.SECONDS);
            assertThat(child.isAlive()).isFalse();
        }
    }

    @Test
    void streamsChunksInOrderOnTheCallersContext() throws Exception {
        Context context = vertx.getOrCreateContext();
        List<String> lines = new CopyOnWriteArrayList<>();
        List<Boolean> onContext = new CopyOnWriteArrayList<>();
        Lines splitter = Lines.of(line -> {
            lines.add(line);
            onContext.add(Vertx.currentContext() == context);
        });
        Future<ProcessResult> result = Future.<ProcessResult>future(promise -> context.runOnContext(v ->
                runner.run(sh("for i in 1 2 3 4 5; do echo line $i; sleep 0.05; done; printf tail")
                        .onStdout(splitter).captureStdout(false).build())
                        .onComplete(ar -> {
                            splitter.flush(); // the result arrives after the last chunk, on the same context
                            promise.handle(ar);
                        })));
        ProcessResult r = await(result);
        assertThat(lines).containsExactly("line 1", "line 2", "line 3", "line 4", "line 5", "tail");
        assertThat(onContext).containsOnly(true);
        assertThat(r.stdout().length()).isZero();
    }

    @Test
    void captureIsBoundedAndMarkedTruncated() throws Exception {
        ProcessResult r = await(runner.run(sh("head -c 5000 /dev/zero").build()));
        assertThat(r.stdout().length()).isEqualTo(1024);
        assertThat(r.stdoutTruncated()).isTrue();
        assertThat(r.stderrTruncated()).isFalse();
    }

    @Test
    void missingProgramFailsToSpawn() throws Exception {
        Throwable t = failureOf(runner.run(ProcessSpec.builder("/nonexistent/program").build()));
        assertThat(t).isInstanceOf(ProcessException.class);
        assertThat(((ProcessException) t).code()).isEqualTo(ProcessException.SPAWN_FAILED);
        assertThat(t.getMessage()).startsWith("Cannot start /nonexistent/program");
    }

    @Test
    void linesSplitAcrossChunksAndKeepMultibyteCharacters() {
        List<String> out = new ArrayList<>();
        Lines lines = Lines.of(out::add);
        byte[] euro = "€\r\nb".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        lines.handle(Buffer.buffer(new byte[] {'a', euro[0]}));
        lines.handle(Buffer.buffer(java.util.Arrays.copyOfRange(euro, 1, euro.length)));
        lines.flush();
        assertThat(out).containsExactly("a€", "b");
    }
}
