package io.vertiform.launcher.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.foundation.config.ConfigInputs;
import io.vertiform.launcher.config.ConfigInputsFactory;
import io.vertiform.testkit.files.TempFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HubCommandTest {
    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err, String systemOut) {
    }

    private Run run(String... args) {
        Map<String, String> env = Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        ConfigInputsFactory inputs = flags -> ConfigInputs.of(env, dir, flags);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream realOut = System.out;
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new HubCommand(inputs))
                    .setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
            return new Run(code, out.toString(), err.toString(), stray.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(realOut);
        }
    }

    @Test
    void onceListsTheFoundationServicesOfALocalNodeAndExits() {
        Run run = run("--once");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).startsWith("Vertiform hub node local-").endsWith("(local): 2 components");
        assertThat(lines[1]).startsWith("KIND").contains("TYPE", "ADDRESS", "NODE", "METADATA");
        assertThat(lines[2]).startsWith("service").contains("vertiform.config", "vertiform.config.get", "(this)");
        assertThat(lines[3]).contains("vertiform.hub.registry", "vertiform.hub.register", "clustered=false");
        assertThat(lines).hasSize(4);
        assertThat(run.systemOut()).as("nothing else may reach stdout").isEmpty();
    }

    @Test
    void onceWithClusterFormsALoopbackClusterOfItsOwn() throws IOException {
        int port = freePort();
        Run run = run("--once", "--cluster", "--cluster-name", "vf-cli-" + UUID.randomUUID(), "--port",
                Integer.toString(port), "--member", "127.0.0.1:" + port);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(clustered, cluster 'vf-cli-", "on 127.0.0.1): 2 components",
                "clustered=true", "layers=defaults+flags");
        assertThat(run.systemOut()).isEmpty();
    }

    @Test
    void aBadMemberIsReportedWithItsSourceAndNoStackTrace() {
        Run run = run("--once", "--member", "127.0.0.1:5701-5703");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: Invalid value for hub.members")
                .contains("command-line flag hub.members", "[config.invalid_value]")
                .doesNotContain("\tat ");
    }

    @Test
    void withoutOnceItRunsUntilSigtermThenStopsCleanly() throws Exception {
        TempFiles files = TempFiles.in(dir);
        Path work = files.dir("work");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-cp", System.getProperty("java.class.path"), "io.vertiform.launcher.Main", "hub"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        builder.environment().keySet().removeIf(k -> k.startsWith("VERTIFORM_"));
        Process process = builder.start();
        try {
            String table = readUntil(process.getInputStream(), "vertiform.hub.registry", 60);
            assertThat(table).contains("(local): 2 components");
            assertThat(process.isAlive()).as("still serving after printing the registry").isTrue();
            process.destroy(); // SIGTERM
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
            String stderr = java.nio.file.Files.readString(dir.resolve("stderr.txt"));
            assertThat(stderr).contains("stopping the hub node").doesNotContain("Exception");
            assertThat(process.exitValue()).isEqualTo(143);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Reads stdout until {@code marker} has been seen and its line completed. */
    private static String readUntil(InputStream in, String marker, int timeoutSeconds) throws Exception {
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (in.available() > 0) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                seen.append((char) b);
                if (b == '\n' && seen.indexOf(marker) >= 0) {
                    return seen.toString();
                }
            } else {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("did not see '" + marker + "' on stdout; got: " + seen);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
