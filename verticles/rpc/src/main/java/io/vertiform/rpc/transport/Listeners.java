package io.vertiform.rpc.transport;

import io.vertiform.rpc.handshake.HandshakeException;
import io.vertiform.rpc.handshake.Transport;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Binds a session's HTTP/2 server according to its {@link ListenPlan}: either Vert.x binds ({@link #listen}, a
 * session inside a running JVM), or the JDK binds before Vert.x exists ({@link #reserve}, a plugin process, whose
 * handshake line then needs no Vert.x) and Vert.x adopts the socket later ({@link #adopt}).
 */
public final class Listeners {

    /** Longest unix socket path the kernel accepts (sun_path is 108 bytes on Linux, 104 on macOS). */
    static final int MAX_SOCKET_PATH = 103;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_AND_GROUP = PosixFilePermissions.fromString("rw-rw----");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The kernel's accept queue for a reserved socket: the host dials once, brokered streams add a few. */
    private static final int BACKLOG = 128;
    private static final InetAddress LOOPBACK = loopback();
    /** Adoptions run one after the other, so each server takes the socket offered for it. */
    private static Future<?> lastAdoption = Future.succeededFuture();

    private Listeners() {
    }

    /**
     * Listens as planned. Socket-file work runs on a worker thread; the returned future completes on the
     * caller's context.
     */
    public static Future<BoundListener> listen(Vertx vertx, ListenPlan plan, HttpServerOptions options,
                                               Handler<HttpServerRequest> handler) {
        // A fresh server per attempt: a server whose listen failed is not reused.
        Supplier<HttpServer> servers = () -> vertx.createHttpServer(options).requestHandler(handler);
        return plan.transport() == Transport.UNIX ? listenUnix(vertx, servers.get(), plan) : listenTcp(servers, plan);
    }

    /**
     * Binds the planned socket with the JDK alone (blocking; no Vert.x needed). The caller owns the result until
     * a server {@link #adopt adopts} it, and closes it if none will.
     */
    public static ReservedListener reserve(ListenPlan plan) {
        return plan.transport() == Transport.UNIX ? reserveUnix(plan) : reserveTcp(plan);
    }

    /**
     * Serves {@code reserved} with a new HTTP/2 server. {@code vertx} must have been built with
     * {@link AdoptingTransport#INSTANCE}; otherwise this fails (Vert.x would try to bind the address again).
     */
    public static synchronized Future<BoundListener> adopt(Vertx vertx, ReservedListener reserved,
                                                           HttpServerOptions options,
                                                           Handler<HttpServerRequest> handler) {
        Future<BoundListener> mine = lastAdoption.transform(ignored -> adoptNow(vertx, reserved, options, handler));
        lastAdoption = mine;
        return mine;
    }

    private static Future<BoundListener> adoptNow(Vertx vertx, ReservedListener reserved, HttpServerOptions options,
                                                  Handler<HttpServerRequest> handler) {
        boolean unix = reserved.transport() == Transport.UNIX;
        SocketAddress address = unix ? SocketAddress.domainSocketAddress(reserved.address())
                : SocketAddress.inetSocketAddress(port(reserved), LOOPBACK.getHostAddress());
        java.nio.channels.ServerSocketChannel channel = reserved.adopt();
        AdoptingTransport.INSTANCE.offer(channel, unix);
        HttpServer server = vertx.createHttpServer(options).requestHandler(handler);
        return server.listen(address)
                .transform(ar -> {
                    if (AdoptingTransport.INSTANCE.withdraw(channel, unix)) {
                        // Nobody took the socket: this Vert.x creates its server sockets some other way.
                        closeQuietly(channel);
                        return server.close().transform(closed -> Future.failedFuture(new HandshakeException(
                                "cannot serve the listener on " + reserved + ": this Vert.x instance was not built"
                                        + " with AdoptingTransport" + (ar.failed() ? " (" + ar.cause().getMessage() + ")" : ""))));
                    }
                    if (ar.failed()) {
                        return Future.failedFuture(new HandshakeException(
                                "cannot serve the listener on " + reserved + ": " + ar.cause().getMessage(), ar.cause()));
                    }
                    return Future.succeededFuture(new BoundListener(ar.result(), reserved.transport(),
                            reserved.address(), reserved.socketPath()));
                });
    }

    private static int port(ReservedListener reserved) {
        try {
            return ((java.net.InetSocketAddress) reserved.localAddress()).getPort();
        } catch (IOException e) {
            throw new HandshakeException("the listener on " + reserved + " is closed: " + e.getMessage(), e);
        }
    }

    private static ReservedListener reserveUnix(ListenPlan plan) {
        for (int attempt = 0; attempt < 100; attempt++) {
            Path path;
            try {
                path = freshSocketPath(plan.socketDir());
            } catch (IOException e) {
                throw new HandshakeException("cannot use " + plan.socketDir() + " for the unix socket: " + e.getMessage(), e);
            }
            java.nio.channels.ServerSocketChannel channel = null;
            try {
                channel = java.nio.channels.ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                channel.bind(UnixDomainSocketAddress.of(path), BACKLOG);
            } catch (BindException e) {
                closeQuietly(channel);
                continue; // another plugin took the name between the check and the bind
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel);
                throw new HandshakeException("cannot listen on unix socket " + path + ": " + e.getMessage(), e);
            }
            ReservedListener reserved = new ReservedListener(channel, Transport.UNIX, path.toString(), Optional.of(path));
            try {
                restrict(path, plan.socketGroup());
            } catch (IOException | RuntimeException e) {
                reserved.close();
                throw new HandshakeException("cannot restrict unix socket " + path + ": " + e.getMessage(), e);
            }
            return reserved;
        }
        throw new HandshakeException("no free socket name in " + plan.socketDir());
    }

    private static ReservedListener reserveTcp(ListenPlan plan) {
        PortScan ports = PortScan.of(plan, RANDOM);
        for (int tried = 0; tried < ports.size(); tried++) {
            Optional<ReservedListener> bound = bindTcpNow(ports.port(tried));
            if (bound.isPresent()) {
                return bound.get();
            }
        }
        throw ports.exhausted();
    }

    /** Empty when the port is taken. */
    private static Optional<ReservedListener> bindTcpNow(int port) {
        java.nio.channels.ServerSocketChannel channel = null;
        try {
            channel = java.nio.channels.ServerSocketChannel.open(StandardProtocolFamily.INET);
            channel.bind(new InetSocketAddress(LOOPBACK, port), BACKLOG);
            int actual = ((InetSocketAddress) channel.getLocalAddress()).getPort();
            return Optional.of(new ReservedListener(channel, Transport.TCP, "127.0.0.1:" + actual, Optional.empty()));
        } catch (BindException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new HandshakeException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(java.nio.channels.ServerSocketChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing was served on it
            }
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Future<BoundListener> listenUnix(Vertx vertx, HttpServer server, ListenPlan plan) {
        return vertx.executeBlocking(() -> freshSocketPath(plan.socketDir()))
                .compose(path -> server.listen(SocketAddress.domainSocketAddress(path.toString()))
                        .compose(s -> vertx.executeBlocking(() -> {
                            restrict(path, plan.socketGroup());
                            return new BoundListener(s, Transport.UNIX, path.toString(), Optional.of(path));
                        }))
                        .recover(err -> server.close().transform(ignored -> Future.failedFuture(
                                new HandshakeException("cannot listen on unix socket " + path + ": " + err.getMessage(), err)))));
    }

    /** A name no other plugin is using, like go-plugin's {@code plugin*} temporary names. */
    static Path freshSocketPath(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int attempt = 0; attempt < 100; attempt++) {
            Path candidate = dir.resolve("plugin" + Integer.toUnsignedString(RANDOM.nextInt()));
            if (candidate.toString().length() > MAX_SOCKET_PATH) {
                throw new HandshakeException("unix socket path too long (" + candidate.toString().length()
                        + " > " + MAX_SOCKET_PATH + " bytes): " + candidate + "; set PLUGIN_UNIX_SOCKET_DIR to a shorter"
                        + " directory");
            }
            if (!Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                return candidate;
            }
        }
        throw new HandshakeException("no free socket name in " + dir);
    }

    private static void restrict(Path socket, Optional<String> group) throws IOException {
        if (!socket.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        if (group.isPresent()) {
            GroupPrincipal principal = socket.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByGroupName(group.get());
            Files.setAttribute(socket, "posix:group", principal);
            Files.setPosixFilePermissions(socket, OWNER_AND_GROUP);
        } else {
            Files.setPosixFilePermissions(socket, OWNER_ONLY);
        }
    }

    private static Future<BoundListener> listenTcp(Supplier<HttpServer> servers, ListenPlan plan) {
        return tryPorts(servers, PortScan.of(plan, RANDOM), 0);
    }

    private static Future<BoundListener> tryPorts(Supplier<HttpServer> servers, PortScan ports, int tried) {
        if (tried >= ports.size()) {
            return Future.failedFuture(ports.exhausted());
        }
        HttpServer server = servers.get();
        return bindTcp(server, ports.port(tried)).recover(err -> server.close()
                .transform(ignored -> tryPorts(servers, ports, tried + 1)));
    }

    private static Future<BoundListener> bindTcp(HttpServer server, int port) {
        return server.listen(port, "127.0.0.1").map(s -> new BoundListener(s, Transport.TCP,
                "127.0.0.1:" + s.actualPort(), Optional.empty()));
    }
}
