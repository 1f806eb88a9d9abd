package io.vertiform.rpc.stdio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where the plugin's own code's stdout/stderr writes go once the handshake line is out: to every open
 * GRPCStdio stream, or, while none is open (hosts older than go-plugin 1.1 never open one), to the real stderr
 * so that nothing is lost and the real stdout stays untouched.
 */
public final class StdioHub {

    /** Receives chunks; called on the writing thread, so it must hand off quickly. */
    @FunctionalInterface
    public interface Subscriber {
        void accept(StdioChannel channel, byte[] data);
    }

    private final OutputStream fallback;
    private final CopyOnWriteArrayList<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    /** @param fallback the real stderr */
    public StdioHub(OutputStream fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    public void publish(StdioChannel channel, byte[] data, int offset, int length) {
        if (length == 0) {
            return;
        }
        if (subscribers.isEmpty()) {
            synchronized (fallback) {
                try {
                    fallback.write(data, offset, length);
                    fallback.flush();
                } catch (IOException e) {
                    // The host closed our stderr: there is nowhere left to report it.
                }
            }
            return;
        }
        byte[] chunk = Arrays.copyOfRange(data, offset, offset + length);
        for (Subscriber s : subscribers) {
            s.accept(channel, chunk);
        }
    }

    /** Adds a subscriber; the returned handle removes it. */
    public AutoCloseable subscribe(Subscriber subscriber) {
        subscribers.add(Objects.requireNonNull(subscriber, "subscriber"));
        return () -> subscribers.remove(subscriber);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /** An output stream whose bytes are published on {@code channel}. */
    public OutputStream stream(StdioChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) {
                publish(channel, new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                Objects.checkFromIndexSize(off, len, b.length);
                publish(channel, b, off, len);
            }
        };
    }
}
