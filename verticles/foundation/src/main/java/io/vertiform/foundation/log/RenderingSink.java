package io.vertiform.foundation.log;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * Renders each event into a per-thread buffer, then writes the whole line with one call under a lock, so
 * lines from concurrent threads never interleave (Terraform parses plugin stderr line by line).
 */
public final class RenderingSink implements LogSink {

    private static final ThreadLocal<LineBuffer> BUFFERS = ThreadLocal.withInitial(LineBuffer::new);

    private final LogRenderer renderer;
    private final Supplier<OutputStream> stream;
    private final Object writeLock = new Object();

    public RenderingSink(LogRenderer renderer, Supplier<OutputStream> stream) {
        this.renderer = renderer;
        this.stream = stream;
    }

    @Override
    public void accept(LogEvent event) {
        LineBuffer buffer = BUFFERS.get();
        buffer.reset();
        renderer.render(event, buffer);
        synchronized (writeLock) {
            try {
                OutputStream out = stream.get();
                buffer.writeTo(out);
                out.flush();
            } catch (IOException closed) {
                // stderr is gone (the host closed the pipe); there is nowhere left to report it.
            }
        }
    }
}
