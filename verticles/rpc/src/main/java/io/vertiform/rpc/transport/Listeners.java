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
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Binds a session's HTTP/2 server according to its {@link ListenPlan}. */
public final class Listeners {

    /** Longest unix socket path the kernel accepts (sun_path is 108 bytes on Linux, 104 on macOS). */
    static final int MAX_SOCKET_PATH = 103;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_AND_GROUP = PosixFilePermissions.fromString("rw-rw----");
    private static final SecureRandom RANDOM = new SecureRandom();

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
        if (plan.minPort() == 0 && plan.maxPort() == 0) {
            return bindTcp(servers.get(), 0);
        }
        int min = plan.minPort() == 0 ? 1024 : plan.minPort();
        int max = plan.maxPort() == 0 ? 65535 : plan.maxPort();
        int span = max - min + 1;
        // Several provider instances start at once: begin at a random port of the range instead of racing for
        // the first one, and wrap around.
        return tryPorts(servers, min, span, RANDOM.nextInt(span), 0);
    }

    private static Future<BoundListener> tryPorts(Supplier<HttpServer> servers, int min, int span, int offset,
                                                  int tried) {
        if (tried >= span) {
            return Future.failedFuture(new HandshakeException("no free TCP port on 127.0.0.1 in "
                    + min + ".." + (min + span - 1)));
        }
        int port = min + (offset + tried) % span;
        HttpServer server = servers.get();
        return bindTcp(server, port).recover(err -> server.close()
                .transform(ignored -> tryPorts(servers, min, span, offset, tried + 1)));
    }

    private static Future<BoundListener> bindTcp(HttpServer server, int port) {
        return server.listen(port, "127.0.0.1").map(s -> new BoundListener(s, Transport.TCP,
                "127.0.0.1:" + s.actualPort(), Optional.empty()));
    }
}
