package io.vertiform.foundation.hub;

import io.vertiform.foundation.config.HubConfig;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a hub node joins its Hazelcast cluster. The defaults keep everything on 127.0.0.1.
 *
 * @param clusterName         nodes only join members with the same name; give each test run its own
 * @param host                interface Hazelcast and the event bus bind to
 * @param port                first Hazelcast port tried
 * @param portCount           how many ports from {@code port} may be tried when it is taken (1 = exactly {@code port})
 * @param members             TCP-IP join list, {@code host} or {@code host:port}; empty keeps {@code host} on its default ports
 * @param hazelcastProperties extra Hazelcast properties (e.g. faster failure detection in tests)
 */
public record ClusterSettings(String clusterName, String host, int port, int portCount, List<String> members,
                              Map<String, String> hazelcastProperties) {

    public static final String DEFAULT_CLUSTER_NAME = "vertiform";
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 5701;
    public static final int DEFAULT_PORT_COUNT = 20;

    public ClusterSettings {
        if (clusterName == null || clusterName.isBlank()) {
            throw new IllegalArgumentException("clusterName must not be blank");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (portCount < 1 || port + portCount - 1 > 65535) {
            throw new IllegalArgumentException("portCount out of range: " + portCount);
        }
        members = List.copyOf(members == null ? List.of() : members);
        members.forEach(ClusterSettings::checkMember);
        hazelcastProperties = Map.copyOf(new TreeMap<>(hazelcastProperties == null ? Map.of() : hazelcastProperties));
    }

    /** A loopback cluster named {@code clusterName} on the default ports. */
    public static ClusterSettings loopback(String clusterName) {
        return new ClusterSettings(clusterName, LOOPBACK, DEFAULT_PORT, DEFAULT_PORT_COUNT, List.of(), Map.of());
    }

    public static ClusterSettings defaults() {
        return loopback(DEFAULT_CLUSTER_NAME);
    }

    /**
     * Settings from the {@code hub.*} configuration. Port 0 means "the default port"; either way the node may
     * move up to the next free port, so several nodes can run on one machine with the same configuration.
     */
    public static ClusterSettings from(HubConfig config) {
        int first = config.port() == 0 ? DEFAULT_PORT : config.port();
        int count = Math.min(DEFAULT_PORT_COUNT, 65536 - first);
        return new ClusterSettings(config.clusterName(), config.host(), first, count, config.members(), Map.of());
    }

    public ClusterSettings withPort(int newPort, int newPortCount) {
        return new ClusterSettings(clusterName, host, newPort, newPortCount, members, hazelcastProperties);
    }

    public ClusterSettings withMembers(List<String> newMembers) {
        return new ClusterSettings(clusterName, host, port, portCount, newMembers, hazelcastProperties);
    }

    public ClusterSettings withHazelcastProperty(String key, String value) {
        Map<String, String> props = new TreeMap<>(hazelcastProperties);
        props.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new ClusterSettings(clusterName, host, port, portCount, members, props);
    }

    /** Hazelcast 5.3 takes {@code host} or {@code host:port}; a port range ({@code 5701-5703}) throws later, so reject it now. */
    private static void checkMember(String member) {
        if (member == null || member.isBlank()) {
            throw new IllegalArgumentException("cluster member must not be blank");
        }
        int colon = member.lastIndexOf(':');
        if (colon < 0) {
            return;
        }
        String portText = member.substring(colon + 1);
        int memberPort;
        try {
            memberPort = Integer.parseInt(portText);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cluster member must be host or host:port, got " + member);
        }
        if (colon == 0 || memberPort < 1 || memberPort > 65535) {
            throw new IllegalArgumentException("cluster member must be host or host:port, got " + member);
        }
    }
}
