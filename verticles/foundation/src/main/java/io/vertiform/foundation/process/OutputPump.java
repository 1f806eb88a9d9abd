package io.vertiform.foundation.process;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Drains one output stream of a process on an I/O thread (pipe reads block, so never on an event loop),
 * capturing and/or handing each chunk to a handler on the owner's Vert.x context, in order.
 */
final class OutputPump implements Runnable {

    private final InputStream in;
    private final BoundedCapture capture;
    private final Handler<Buffer> handler;
    private final Context context;
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    OutputPump(InputStream in, BoundedCapture capture, Handler<Buffer> handler, Context context) {
        this.in = in;
        this.capture = capture;
        this.handler = handler;
        this.context = context;
    }

    CompletableFuture<Void> done() {
        return done;
    }

    @Override
    public void run() {
        byte[] chunk = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                if (n == 0) {
                    continue;
                }
                if (capture != null) {
                    capture.append(chunk, n);
                }
                if (handler != null) {
                    Buffer copy = Buffer.buffer(Arrays.copyOf(chunk, n));
                    context.runOnContext(v -> handler.handle(copy));
                }
            }
        } catch (IOException closed) {
            // The stream was closed under us (process killed or drain abandoned): treat as end of output.
        } finally {
            done.complete(null);
        }
    }
}
