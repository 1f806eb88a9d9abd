package io.vertiform.rpc.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.rpc.handshake.HandshakeException;
import io.vertiform.rpc.handshake.Transport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sockets reserved with the JDK before Vert.x boots (the serving side is in EarlyHandshakeSessionTest). */
class ListenersTest {

    private Path dir;

    @BeforeEach
    void makeDirectory() throws IOException {
        dir = Files.createTempDirectory("vf-listen");
    }

    @AfterEach
    void removeDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            files.forEach(p -> p.toFile().delete());
        }
        Files.deleteIfExists(dir);
    }

    private static ListenPlan tcp(int min, int max) {
        return new ListenPlan(Transport.TCP, Path.of("/unused"), Optional.empty(), min, max);
    }

    @Test
    void aUnixReservationIsAnOwnerOnlySocketThatAcceptsConnectionsAndIsRemovedOnClose() throws Exception {
        ReservedListener reserved = Listeners.reserve(new ListenPlan(Transport.UNIX, dir, Optional.empty(), 0, 0));
        Path socket = Path.of(reserved.address());
        assertThat(reserved.transport()).isEqualTo(Transport.UNIX);
        assertThat(reserved.socketPath()).contains(socket);
        assertThat(socket.getParent()).isEqualTo(dir);
        assertThat(socket.getFileName().toString()).startsWith("plugin");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rw-------");
        try (var client = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            // Nobody accepts yet: the kernel queues the connection, which is what lets the line go out early.
            assertThat(client.connect(java.net.UnixDomainSocketAddress.of(socket))).isTrue();
        }
        reserved.close();
        assertThat(socket).doesNotExist();
    }

    @Test
    void aTcpReservationStaysInTheHostsPortRangeAndSkipsTakenPorts() throws Exception {
        int taken;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            taken = probe.getLocalPort();
        }
        try (ServerSocket occupant = new ServerSocket(taken, 1, InetAddress.getLoopbackAddress());
             ReservedListener reserved = Listeners.reserve(tcp(taken, taken + 1))) {
            assertThat(occupant.isBound()).isTrue();
            assertThat(reserved.transport()).isEqualTo(Transport.TCP);
            assertThat(reserved.address()).isEqualTo("127.0.0.1:" + (taken + 1));
            assertThat(reserved.socketPath()).isEmpty();
            try (Socket client = new Socket()) {
                client.connect(new InetSocketAddress("127.0.0.1", taken + 1), 5_000);
                assertThat(client.isConnected()).isTrue();
            }
        }
    }

    @Test
    void aFullPortRangeIsAHandshakeErrorNamingTheRange() throws Exception {
        try (ServerSocket occupant = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            int port = occupant.getLocalPort();
            assertThatThrownBy(() -> Listeners.reserve(tcp(port, port)))
                    .isInstanceOf(HandshakeException.class)
                    .hasMessageContaining("no free TCP port on 127.0.0.1 in " + port + ".." + port);
        }
    }

    @Test
    void anyPortWhenTheHostGivesNoRange() {
        try (ReservedListener reserved = Listeners.reserve(tcp(0, 0))) {
            assertThat(reserved.address()).matches("127\\.0\\.0\\.1:[1-9][0-9]*");
        }
    }

    @Test
    void aSocketPathTooLongForTheKernelIsExplained() throws IOException {
        Path deep = Files.createDirectories(dir.resolve("d".repeat(100)));
        try {
            assertThatThrownBy(() -> Listeners.reserve(new ListenPlan(Transport.UNIX, deep, Optional.empty(), 0, 0)))
                    .isInstanceOf(HandshakeException.class)
                    .hasMessageContaining("unix socket path too long")
                    .hasMessageContaining("PLUGIN_UNIX_SOCKET_DIR");
        } finally {
            Files.delete(deep);
        }
    }

    @Test
    void closingAReservationTwiceIsHarmless() {
        ReservedListener reserved = Listeners.reserve(tcp(0, 0));
        reserved.close();
        reserved.close();
        assertThat(reserved.adopted()).isFalse();
    }
}
