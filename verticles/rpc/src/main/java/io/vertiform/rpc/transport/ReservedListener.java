package io.vertiform.rpc.transport;

import io.vertiform.rpc.handshake.Transport;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A listening socket bound with the JDK alone, before Vert.x has booted. A plugin process prints its handshake
 * line as soon as this and its certificate exist; the host's connection then waits in the kernel's accept queue
 * until a Vert.x server adopts the socket ({@link Listeners#adopt}), exactly as it would wait for a Go plugin
 * whose {@code Serve} goroutine has not reached {@code Accept} yet.
 */
public final class ReservedListener implements AutoCloseable {

    private final ServerSocketChannel channel;
    private final Transport transport;
    private final String address;
    private final Optional<Path> socketPath;
    private final AtomicBoolean adopted = new AtomicBoolean();

    ReservedListener(ServerSocketChannel channel, Transport transport, String address, Optional<Path> socketPath) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.address = Objects.requireNonNull(address, "address");
        this.socketPath = Objects.requireNonNull(socketPath, "socketPath");
    }

    public Transport transport() {
        return transport;
    }

    /** The socket path or {@code 127.0.0.1:port}, as the handshake line carries it. */
    public String address() {
        return address;
    }

    /** The socket file (unix), removed when the listener closes. */
    public Optional<Path> socketPath() {
        return socketPath;
    }

    /** Whether a server has taken the socket over (it then owns closing it). */
    public boolean adopted() {
        return adopted.get();
    }

    SocketAddress localAddress() throws IOException {
        return channel.getLocalAddress();
    }

    /** Hands the socket to the one server that will serve it. */
    ServerSocketChannel adopt() {
        if (!adopted.compareAndSet(false, true)) {
            throw new IllegalStateException("the listener on " + address + " was already adopted");
        }
        return channel;
    }

    /** Closes the socket unless a server adopted it, and removes the socket file. */
    @Override
    public void close() {
        if (!adopted.get()) {
            try {
                channel.close();
            } catch (IOException e) {
                // closing a listening socket that nobody uses cannot lose data
            }
        }
        socketPath.ifPresent(path -> {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a stale socket file is harmless: the next plugin picks a fresh name
            }
        });
    }

    @Override
    public String toString() {
        return transport.network() + ":" + address;
    }
}
