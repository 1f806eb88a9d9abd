package io.vertiform.tests.hcl;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One running {@code hcl-oracle batch} process: request lines in, one response line per request out. */
final class HclOracle implements AutoCloseable {
    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    private HclOracle(Process process) {
        this.process = process;
        this.in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
    }

    /** Starts the oracle, or fails (CI) / skips (elsewhere) when it has not been built. */
    static HclOracle start() throws IOException {
        Process p = new ProcessBuilder(HclTools.oracleBinary().toString(), "batch")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        return new HclOracle(p);
    }

    /** All responses, in order; requests are written from another thread so neither pipe can fill up. */
    List<String> exchange(List<String> requests) throws Exception {
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
        }, "hcl-oracle-writer");
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
