package io.vertiform.tools.flavorpack.build;

import io.vertiform.tools.flavorpack.PackException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the application once to record a start-up archive. A server (a provider) runs until it prints its first
 * stdout line (the handshake), is exercised ({@link TrainingExercise}: e.g. a TLS connection and first calls), is
 * given {@code settle} to finish lazy start-up work, then gets SIGTERM: the JVM
 * writes {@code -XX:AOTCacheOutput} / {@code -XX:DumpLoadedClassList} output on that orderly exit. A command that
 * exits by itself with status 0 trains too.
 */
public final class StartupTraining {

    /** What the run produced: the handshake line (or null), the archive size and how long it took. */
    public record Result(String firstLine, long archiveBytes, Duration took) {
    }

    private StartupTraining() {
    }

    public static Result run(TrainingRun run) {
        long start = System.nanoTime();
        Path log;
        Process process;
        try {
            log = Files.createTempFile(run.workDir(), "training", ".log");
            ProcessBuilder builder = new ProcessBuilder(run.command()).directory(run.workDir().toFile())
                    .redirectError(log.toFile());
            builder.environment().putAll(run.env());
            process = builder.start();
        } catch (IOException e) {
            throw PackException.build("cannot start the training run", e.getMessage());
        }
        CompletableFuture<String> firstLine = new CompletableFuture<>();
        Thread reader = new Thread(() -> drain(process, firstLine), "vertiform-training-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            long deadline = System.nanoTime() + run.timeout().toNanos();
            String line = null;
            while (System.nanoTime() < deadline && process.isAlive() && !firstLine.isDone()) {
                Thread.sleep(20);
            }
            if (firstLine.isDone()) {
                line = firstLine.getNow(null);
            }
            if (process.isAlive()) {
                if (line == null) {
                    process.destroyForcibly().waitFor();
                    throw PackException.build("the training run printed nothing within " + run.timeout().toSeconds()
                            + " s", Commands.tail(log));
                }
                exercise(run, line, process, log);
                Thread.sleep(run.settle().toMillis());
                process.destroy();
            }
            long left = Math.max(1, deadline - System.nanoTime());
            if (!process.waitFor(Math.max(left, TimeUnit.SECONDS.toNanos(60)), TimeUnit.NANOSECONDS)) {
                process.destroyForcibly().waitFor();
                throw PackException.build("the training run did not exit after SIGTERM", Commands.tail(log));
            }
            if (line == null && process.exitValue() != 0) {
                throw PackException.build("the training run failed (exit " + process.exitValue() + ")",
                        Commands.tail(log));
            }
            if (!Files.isRegularFile(run.archive()) || Files.size(run.archive()) == 0) {
                throw PackException.build("the training run wrote no start-up archive " + run.archive(),
                        Commands.tail(log));
            }
            return new Result(line, Files.size(run.archive()), Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw PackException.build("interrupted during the training run", "");
        } catch (IOException e) {
            throw PackException.io("cannot read the training run's output", e);
        }
    }

    private static void exercise(TrainingRun run, String firstLine, Process process, Path log)
            throws IOException, InterruptedException {
        try {
            run.exercise().exercise(firstLine);
        } catch (Exception e) {
            process.destroyForcibly().waitFor();
            throw PackException.build("the training run's exercise failed: " + e.getMessage(), Commands.tail(log));
        }
    }

    private static void drain(Process process, CompletableFuture<String> firstLine) {
        try (BufferedReader r = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            firstLine.complete(line);
            while (r.readLine() != null) {
                // keep the pipe empty so the application never blocks on stdout
            }
        } catch (IOException e) {
            firstLine.complete(null);
        }
    }
}
