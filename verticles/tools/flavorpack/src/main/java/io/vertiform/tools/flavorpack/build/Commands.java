package io.vertiform.tools.flavorpack.build;

import io.vertiform.tools.flavorpack.PackException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the build tools pack needs (jlink, gcc) to completion. Packing is a blocking batch job on the CLI, so a
 * plain {@link ProcessBuilder} is used rather than the Vert.x process runner; output goes to a log file so a
 * chatty tool cannot fill a pipe, and its tail is quoted when the tool fails.
 */
final class Commands {

    /** A finished command: exit status and the last lines of its combined output. */
    record Outcome(int exitCode, String outputTail) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private Commands() {
    }

    static Outcome run(List<String> command, Path workDir, Duration timeout) {
        try {
            Path log = Files.createTempFile(workDir, "command", ".log");
            Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                return new Outcome(-1, "timed out after " + timeout.toSeconds() + " s\n" + tail(log));
            }
            return new Outcome(process.exitValue(), tail(log));
        } catch (IOException e) {
            throw PackException.build("cannot run " + command.get(0), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PackException.build("interrupted while running " + command.get(0), "");
        }
    }

    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    static File devNull() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
