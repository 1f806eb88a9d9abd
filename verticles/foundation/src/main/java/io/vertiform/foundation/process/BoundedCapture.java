package io.vertiform.foundation.process;

import io.vertx.core.buffer.Buffer;

/** Keeps the first {@code limit} bytes of a stream and remembers whether more arrived. Thread-safe. */
final class BoundedCapture {

    private final long limit;
    private final Buffer kept = Buffer.buffer();
    private boolean truncated;

    BoundedCapture(long limit) {
        this.limit = limit;
    }

    synchronized void append(byte[] chunk, int length) {
        long room = limit - kept.length();
        if (room >= length) {
            kept.appendBytes(chunk, 0, length);
        } else {
            if (room > 0) {
                kept.appendBytes(chunk, 0, (int) room);
            }
            truncated = true;
        }
    }

    synchronized Buffer bytes() {
        return kept.copy();
    }

    synchronized boolean truncated() {
        return truncated;
    }
}
