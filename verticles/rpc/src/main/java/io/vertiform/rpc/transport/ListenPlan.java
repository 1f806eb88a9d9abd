package io.vertiform.rpc.transport;

import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.handshake.Transport;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a session listens: a unix socket (the default on Linux and macOS, as go-plugin does everywhere but
 * Windows) or loopback TCP within the host's port range.
 *
 * @param transport  unix or tcp
 * @param socketDir  directory for the socket (unix)
 * @param socketGroup group that may use the socket; it is then 0660 instead of 0600 (unix)
 * @param minPort    lowest port to try, 0 with {@code maxPort} 0 for "any" (tcp)
 * @param maxPort    highest port to try (tcp)
 */
public record ListenPlan(Transport transport, Path socketDir, Optional<String> socketGroup, int minPort, int maxPort) {

    public static ListenPlan forEnvironment(PluginEnvironment env, String osName, Path tempDir) {
        boolean unixByDefault = !osName.toLowerCase(Locale.ROOT).startsWith("windows");
        Transport transport = env.requestedTransport().orElse(unixByDefault ? Transport.UNIX : Transport.TCP);
        Path dir = env.unixSocketDir().map(Path::of).orElse(tempDir);
        return new ListenPlan(transport, dir, env.unixSocketGroup(), env.minPort(), env.maxPort());
    }

    /** The plan for this process's OS and temporary directory. */
    public static ListenPlan forEnvironment(PluginEnvironment env) {
        return forEnvironment(env, System.getProperty("os.name", ""), Path.of(System.getProperty("java.io.tmpdir")));
    }
}
