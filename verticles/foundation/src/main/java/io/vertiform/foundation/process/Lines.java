package io.vertiform.foundation.process;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns a chunk handler into a line handler: splits on {@code \n} (dropping a preceding {@code \r}),
 * decoding UTF-8 only at line boundaries so multi-byte characters split across chunks stay intact.
 * Call {@link #flush()} at end of stream to deliver a last line without a newline.
 */
public final class Lines implements Handler<Buffer> {

    private final Handler<String> lineHandler;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    private Lines(Handler<String> lineHandler) {
        this.lineHandler = lineHandler;
    }

    public static Lines of(Handler<String> lineHandler) {
        return new Lines(lineHandler);
    }

    @Override
    public void handle(Buffer chunk) {
        byte[] bytes = chunk.getBytes();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                pending.write(bytes, start, i - start);
                emit();
                start = i + 1;
            }
        }
        pending.write(bytes, start, bytes.length - start);
    }

    /** Delivers what remains after the last newline, if anything. */
    public void flush() {
        if (pending.size() > 0) {
            emit();
        }
    }

    private void emit() {
        byte[] line = pending.toByteArray();
        pending.reset();
        int len = line.length;
        if (len > 0 && line[len - 1] == '\r') {
            len--;
        }
        lineHandler.handle(new String(line, 0, len, StandardCharsets.UTF_8));
    }
}
