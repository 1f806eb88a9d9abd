package io.vertiform.rpc.transport;

import io.vertiform.rpc.handshake.Transport;
import io.vertx.core.http.HttpServer;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A listening server and the address for the handshake line.
 *
 * @param server     the HTTP/2 server
 * @param transport  unix or tcp
 * @param address    socket path or {@code 127.0.0.1:port}
 * @param socketPath the socket file to delete on close (unix)
 */
public record BoundListener(HttpServer server, Transport transport, String address, Optional<Path> socketPath) {
}
