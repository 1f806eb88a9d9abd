package io.vertiform.launcher.cty;

import io.vertiform.cty.batch.BatchEngine;
import picocli.CommandLine.Command;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code vertiform cty batch}: newline-delimited JSON requests on stdin, exactly one response line per request,
 * flushed after each, until stdin closes. Bad requests get error responses; the loop itself never stops early.
 */
@Command(name = "batch",
        mixinStandardHelpOptions = true,
        description = "Answer newline-delimited JSON requests on stdin (ops: msgpack-encode, msgpack-decode, "
                + "json-encode, convert) with one JSON response line each.")
public final class CtyBatchCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        serve(System.in, System.out, new BatchEngine());
        return 0;
    }

    /**
     * Lines end at LF only (a CR before it is dropped), exactly like the Go oracle, so a stray CR inside a line
     * can never split one request into two responses.
     */
    static void serve(InputStream in, OutputStream out, BatchEngine engine) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 12);
        byte[] buf = new byte[1 << 16];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buf[i] == '\n') {
                    line.write(buf, start, i - start);
                    answer(line, out, engine);
                    start = i + 1;
                }
            }
            line.write(buf, start, n - start);
        }
        if (line.size() > 0) {
            answer(line, out, engine);
        }
        out.flush();
    }

    private static void answer(ByteArrayOutputStream line, OutputStream out, BatchEngine engine) throws IOException {
        byte[] bytes = line.toByteArray();
        int len = bytes.length;
        if (len > 0 && bytes[len - 1] == '\r') {
            len--;
        }
        line.reset();
        String response = engine.handle(new String(bytes, 0, len, StandardCharsets.UTF_8));
        out.write(response.getBytes(StandardCharsets.UTF_8));
        out.write('\n');
        out.flush();
    }
}
