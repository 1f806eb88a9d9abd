package io.vertiform.tests.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs tofusoup's {@code plugin-oracle}: Debian's go-plugin client launches the provider command, and the oracle
 * checks it — the protocol conformance suite, or ({@code -mode lifecycle}) Terraform's part played through a JSON
 * script (format in tofusoup's README) with Terraform's planning rules on every answer. Missing oracle binary:
 * fails when {@code CI=true}, skipped loudly otherwise.
 */
public final class PluginOracle {

    private static final Pattern SUMMARY = Pattern.compile("plugin-oracle: (\\d+) passed, (\\d+) failed");

    private PluginOracle() {
    }

    /** The oracle binary, or an abort (fail in CI) when it has not been built. */
    public static Path binary() {
        return required(BatchOracle.binary("plugin-oracle"),
                "build it with verticles/tools/tofusoup/oracle/build.sh, or point -D" + BatchOracle.DIR_PROPERTY
                        + " at its bin directory");
    }

    /** A file that must exist, or an abort (fail in CI). */
    public static Path required(Path path, String hint) {
        if (!Files.isRegularFile(path)) {
            String message = path + " not found (" + hint + ")";
            if (RepoPaths.inCi()) {
                Assertions.fail("CI=true and " + message);
            }
            System.err.println("\n!!!!!!!!!! SKIPPED: " + message + " !!!!!!!!!!\n");
            Assumptions.abort(message);
        }
        return path;
    }

    /** A script from the test resources under {@code oracle/}. */
    public static Path script(String name) {
        try {
            return Path.of(PluginOracle.class.getResource("/oracle/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource oracle/" + name + " missing", e);
        }
    }

    /**
     * Runs the script over one protocol with the plugin working in {@code workDir}, asserts that every check
     * passed and at least {@code minChecks} ran, and returns the report.
     */
    public static String run(Path script, int protocol, Path workDir, int minChecks, List<String> command)
            throws Exception {
        return run(script, protocol, workDir, minChecks, command, Map.of());
    }

    /** {@link #run(Path, int, Path, int, List)} with extra environment for the oracle and the plugin it launches. */
    public static String run(Path script, int protocol, Path workDir, int minChecks, List<String> command,
                             Map<String, String> environment) throws Exception {
        List<String> args = new ArrayList<>(List.of("-mode", "lifecycle", "-script", script.toString(),
                "-protocol", String.valueOf(protocol), "-dir", workDir.toString(), "--"));
        args.addAll(command);
        return runChecked(args, environment, Duration.ofMinutes(5), minChecks);
    }

    /**
     * Runs the oracle with {@code args}, prints its report and asserts that it finished in time, that no check
     * failed, that at least {@code minChecks} passed and that it exited 0; returns the report.
     */
    public static String runChecked(List<String> args, Map<String, String> environment, Duration timeout,
                                    int minChecks) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(binary().toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String report = output.get(1, TimeUnit.MINUTES);
        System.out.println(report);
        assertThat(finished).as("plugin-oracle finished within " + timeout).isTrue();
        assertThat(report.lines().filter(l -> l.startsWith("FAIL "))).as(report).isEmpty();
        Matcher summary = SUMMARY.matcher(report);
        assertThat(summary.find()).as("summary line in:\n" + report).isTrue();
        assertThat(Integer.parseInt(summary.group(1))).as("checks passed").isGreaterThanOrEqualTo(minChecks);
        assertThat(summary.group(2)).isEqualTo("0");
        assertThat(process.exitValue()).isZero();
        return report;
    }

    /** The {@code java} of the running JVM with the quiet flags the plugin tests use. */
    public static List<String> java(String... rest) {
        List<String> out = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:TieredStopAtLevel=1"));
        out.addAll(List.of(rest));
        return out;
    }
}
