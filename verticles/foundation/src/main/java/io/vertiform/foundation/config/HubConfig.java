package io.vertiform.foundation.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code hub.*} keys: whether Vert.x runs clustered (Hazelcast, TCP-IP join only) and where.
 *
 * @param cluster     run a clustered event bus ({@code hub.cluster})
 * @param clusterName Hazelcast cluster name; nodes with another name never join ({@code hub.cluster_name})
 * @param host        interface to bind, loopback by default ({@code hub.host})
 * @param port        Hazelcast port; 0 lets the cluster manager choose ({@code hub.port})
 * @param members     {@code host[:port]} members to join ({@code hub.members}; a list, or comma-separated)
 */
public record HubConfig(boolean cluster, String clusterName, String host, int port, List<String> members) {

    private static final Pattern MEMBER = Pattern.compile("[A-Za-z0-9.\\-]+|\\[[0-9a-fA-F:.]+]"
            + "|[A-Za-z0-9.\\-]+:\\d{1,5}|\\[[0-9a-fA-F:.]+]:\\d{1,5}");

    public HubConfig {
        members = List.copyOf(members);
    }

    public static HubConfig from(ConfigSnapshot config) {
        String host = config.string(ConfigKeys.HUB_HOST).trim();
        if (host.isEmpty()) {
            throw config.invalid(ConfigKeys.HUB_HOST, "a host name or IP address", host);
        }
        List<String> members = config.stringList(ConfigKeys.HUB_MEMBERS);
        for (String member : members) {
            if (!MEMBER.matcher(member).matches() || port(member) > 65535) {
                throw config.invalid(ConfigKeys.HUB_MEMBERS, "host or host:port entries (one port each, no ranges)",
                        config.value(ConfigKeys.HUB_MEMBERS).orElse(member));
            }
        }
        String name = config.string(ConfigKeys.HUB_CLUSTER_NAME).trim();
        if (name.isEmpty()) {
            throw config.invalid(ConfigKeys.HUB_CLUSTER_NAME, "a non-empty name", name);
        }
        return new HubConfig(config.bool(ConfigKeys.HUB_CLUSTER), name, host,
                (int) config.integer(ConfigKeys.HUB_PORT, 0, 65535), members);
    }

    private static int port(String member) {
        int colon = member.lastIndexOf(':');
        if (colon < 0 || member.endsWith("]")) {
            return 0;
        }
        return Integer.parseInt(member.substring(colon + 1));
    }
}
