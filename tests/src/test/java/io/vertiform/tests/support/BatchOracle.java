package io.vertiform.tests.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One running Go oracle process (tofusoup's {@code cty-oracle}, {@code hcl-oracle}, …) in {@code batch} mode:
 * request lines in, one response line per request out. Found through the
 * system property {@value #DIR_PROPERTY} (set by tests/run.sh) or the build script's default output directory.
 * Missing binary: the test fails when {@code CI=true} and is skipped, loudly, otherwise.
 */
public final class BatchOracle implements AutoCloseable {
    public static final String DIR_PROPERTY = "vertiform.oracle.dir";

    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    private BatchOracle(Process process) {
        this.process = process;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    public static Path binary(String name) {
        String dir = System.getProperty(DIR_PROPERTY);
        Path base = dir != null && !dir.isBlank() ? Path.of(dir)
                : RepoPaths.root().resolve("verticles/tools/tofusoup/oracle/target/bin");
        return base.resolve(name);
    }

    /** Starts the named oracle binary, or fails (CI) / skips (elsewhere) when it has not been built. */
    public static BatchOracle start(String name) throws IOException {
        Path bin = binary(name);
        if (!Files.isExecutable(bin)) {
            String message = "Go oracle not found at " + bin + " (build it with verticles/tools/tofusoup/oracle/"
                    + "build.sh, or point -D" + DIR_PROPERTY + " at its bin directory)";
            if (RepoPaths.inCi()) {
                Assertions.fail("CI=true and " + message);
            }
            System.err.println("\n!!!!!!!!!! SKIPPED: " + message + " !!!!!!!!!!\n");
            Assumptions.abort(message);
        }
        Process p = new ProcessBuilder(bin.toString(), "batch")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new BatchOracle(p);
    }

    /**
     * Sends all requests (from a separate thread, so neither side can block on a full pipe) and returns exactly one
     * response line per request, in order.
     */
    public List<String> exchange(List<String> requests) throws Exception {
        IOException[] writeFailure = new IOException[1];
        Thread writer = new Thread(() -> {
            try {
                for (String r : requests) {
                    in.write(r);
                    in.write('\n');
                }
                in.flush();
            } catch (IOException e) {
                writeFailure[0] = e;
            }
        }, "oracle-writer");
        writer.setDaemon(true);
        writer.start();
        List<String> responses = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String line = out.readLine();
            if (line == null) {
                throw new IllegalStateException("the oracle exited after " + i + " of " + requests.size()
                        + " responses; last request: " + requests.get(i), writeFailure[0]);
            }
            responses.add(line);
        }
        writer.join(TimeUnit.SECONDS.toMillis(30));
        if (writeFailure[0] != null) {
            throw new IllegalStateException("writing to the oracle failed", writeFailure[0]);
        }
        return responses;
    }

    @Override
    public void close() throws Exception {
        in.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
