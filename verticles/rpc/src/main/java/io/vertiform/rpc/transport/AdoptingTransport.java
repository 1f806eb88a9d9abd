package io.vertiform.rpc.transport;

import io.netty.channel.ChannelFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.socket.nio.NioServerDomainSocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.vertx.core.transport.Transport;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Vert.x's NIO transport, able to serve a socket that was bound before Vert.x booted ({@link ReservedListener}).
 * A Vert.x instance built with it ({@code Vertx.builder().withTransport(AdoptingTransport.INSTANCE)}) behaves as
 * with plain NIO, except that the server socket it creates while {@link Listeners#adopt} runs wraps the reserved
 * socket instead of opening a new one (so nothing else should start a server of the same kind, unix or TCP, in
 * that instant; in a plugin process nothing does). Vert.x offers no public way to listen on an existing socket;
 * its transport SPI, which picks the Netty channel of every server, is the one place that can.
 */
public final class AdoptingTransport implements Transport {

    /** Shared by every Vert.x instance of the process: adoptions run one at a time ({@link Listeners#adopt}). */
    public static final AdoptingTransport INSTANCE = new AdoptingTransport();

    private final Deque<ServerSocketChannel> pendingInet = new ArrayDeque<>();
    private final Deque<ServerSocketChannel> pendingUnix = new ArrayDeque<>();
    private final io.vertx.core.spi.transport.Transport implementation =
            new AdoptingChannels(Transport.NIO.implementation(), this);

    private AdoptingTransport() {
    }

    @Override
    public String name() {
        return "nio-adopting";
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Throwable unavailabilityCause() {
        return null;
    }

    @Override
    public io.vertx.core.spi.transport.Transport implementation() {
        return implementation;
    }

    /** Queues {@code channel} for the next server socket Vert.x creates of its kind. */
    synchronized void offer(ServerSocketChannel channel, boolean domainSocket) {
        (domainSocket ? pendingUnix : pendingInet).addLast(channel);
    }

    /** Withdraws an offer nobody took (the listen failed before creating its socket). */
    synchronized boolean withdraw(ServerSocketChannel channel, boolean domainSocket) {
        return (domainSocket ? pendingUnix : pendingInet).remove(channel);
    }

    private synchronized ServerSocketChannel next(boolean domainSocket) {
        return (domainSocket ? pendingUnix : pendingInet).pollFirst();
    }

    /** The server channel factory: the reserved socket when one is offered, else a fresh one as NIO does. */
    ChannelFactory<? extends ServerChannel> serverChannels(boolean domainSocket,
                                                           ChannelFactory<? extends ServerChannel> fresh) {
        return () -> {
            ServerSocketChannel reserved = next(domainSocket);
            if (reserved == null) {
                return fresh.newChannel();
            }
            ServerChannel channel = domainSocket ? new NioServerDomainSocketChannel(reserved)
                    : new NioServerSocketChannel(reserved);
            return AlreadyBound.install(channel);
        };
    }
}
