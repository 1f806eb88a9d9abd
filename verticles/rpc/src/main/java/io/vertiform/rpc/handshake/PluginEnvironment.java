package io.vertiform.rpc.handshake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What go-plugin's host tells a plugin through its environment, parsed once per session. Reading a map rather
 * than {@code System.getenv} lets one JVM serve sessions launched with different environments.
 *
 * @param cookiePresent      {@link MagicCookie} matches
 * @param protocolVersions   {@code PLUGIN_PROTOCOL_VERSIONS} in the host's order, unparseable entries dropped
 * @param minPort            {@code PLUGIN_MIN_PORT}, 0 when unset
 * @param maxPort            {@code PLUGIN_MAX_PORT}, 0 when unset
 * @param unixSocketDir      {@code PLUGIN_UNIX_SOCKET_DIR}, empty when unset
 * @param unixSocketGroup    {@code PLUGIN_UNIX_SOCKET_GROUP}: the socket becomes 0660 owned by this group
 * @param clientCertificate  {@code PLUGIN_CLIENT_CERT} (PEM): AutoMTLS is on when present
 * @param requestedTransport {@code VERTIFORM_PLUGIN_TRANSPORT} ({@code tcp} or {@code unix}), Vertiform's own switch
 * @param ignored            entries that were present but unusable, for a warning in the log
 */
public record PluginEnvironment(boolean cookiePresent, List<Integer> protocolVersions, int minPort, int maxPort,
                                Optional<String> unixSocketDir, Optional<String> unixSocketGroup,
                                Optional<String> clientCertificate, Optional<Transport> requestedTransport,
                                List<String> ignored) {

    public static final String PROTOCOL_VERSIONS = "PLUGIN_PROTOCOL_VERSIONS";
    public static final String MIN_PORT = "PLUGIN_MIN_PORT";
    public static final String MAX_PORT = "PLUGIN_MAX_PORT";
    public static final String UNIX_SOCKET_DIR = "PLUGIN_UNIX_SOCKET_DIR";
    public static final String UNIX_SOCKET_GROUP = "PLUGIN_UNIX_SOCKET_GROUP";
    public static final String CLIENT_CERT = "PLUGIN_CLIENT_CERT";
    public static final String TRANSPORT = "VERTIFORM_PLUGIN_TRANSPORT";

    public PluginEnvironment {
        protocolVersions = List.copyOf(protocolVersions);
        ignored = List.copyOf(ignored);
    }

    public static PluginEnvironment parse(Map<String, String> env) {
        List<String> ignored = new ArrayList<>();
        List<Integer> versions = new ArrayList<>();
        String rawVersions = env.getOrDefault(PROTOCOL_VERSIONS, "");
        for (String part : rawVersions.split(",")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                versions.add(Integer.parseInt(trimmed));
            } catch (NumberFormatException e) {
                ignored.add(PROTOCOL_VERSIONS + " entry " + quote(trimmed));
            }
        }
        int min = port(env, MIN_PORT, ignored);
        int max = port(env, MAX_PORT, ignored);
        if (min > max && max != 0) {
            ignored.add(MIN_PORT + "/" + MAX_PORT + " range " + min + ">" + max);
            min = 0;
            max = 0;
        }
        Optional<Transport> transport = Optional.empty();
        String rawTransport = nonBlank(env.get(TRANSPORT)).orElse(null);
        if (rawTransport != null) {
            switch (rawTransport.toLowerCase(Locale.ROOT)) {
                case "tcp" -> transport = Optional.of(Transport.TCP);
                case "unix" -> transport = Optional.of(Transport.UNIX);
                default -> ignored.add(TRANSPORT + " value " + quote(rawTransport) + " (use tcp or unix)");
            }
        }
        return new PluginEnvironment(MagicCookie.present(env), Collections.unmodifiableList(versions), min, max,
                nonBlank(env.get(UNIX_SOCKET_DIR)), nonBlank(env.get(UNIX_SOCKET_GROUP)),
                nonBlank(env.get(CLIENT_CERT)), transport, ignored);
    }

    public boolean autoMtls() {
        return clientCertificate.isPresent();
    }

    private static int port(Map<String, String> env, String key, List<String> ignored) {
        String raw = nonBlank(env.get(key)).orElse(null);
        if (raw == null) {
            return 0;
        }
        try {
            int port = Integer.parseInt(raw.trim());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        ignored.add(key + " value " + quote(raw));
        return 0;
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static String quote(String s) {
        return '"' + s + '"';
    }
}
