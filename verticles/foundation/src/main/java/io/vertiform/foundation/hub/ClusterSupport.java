package io.vertiform.foundation.hub;

import com.hazelcast.config.ClasspathXmlConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.List;

/**
 * Builds clustered Vert.x instances on Hazelcast that stay on the configured interface (127.0.0.1 by
 * default): TCP-IP join with an explicit member list, no multicast, no cloud auto-detection, no phone-home.
 *
 * <p>The XML resource carries the fixed safety settings; {@link ClusterSettings} overrides name, ports and
 * members in code, and every safety switch is forced again here so a changed resource cannot loosen them.
 */
public final class ClusterSupport {
    public static final String CONFIG_RESOURCE = "io/vertiform/foundation/hub/cluster-loopback.xml";

    private ClusterSupport() {
    }

    /** Hazelcast configuration for these settings. */
    public static Config hazelcastConfig(ClusterSettings settings) {
        Config config = new ClasspathXmlConfig(ClusterSupport.class.getClassLoader(), CONFIG_RESOURCE);
        config.setClusterName(settings.clusterName());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        settings.hazelcastProperties().forEach(config::setProperty);

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port());
        network.setPortCount(settings.portCount());
        network.setPortAutoIncrement(settings.portCount() > 1);
        network.getInterfaces().setEnabled(true).setInterfaces(List.of(settings.host()));

        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true)
                .setMembers(settings.members().isEmpty() ? List.of(settings.host()) : settings.members());
        return config;
    }

    /** Points the clustered event bus at the same interface as Hazelcast, on an ephemeral port. */
    public static VertxOptions vertxOptions(ClusterSettings settings, VertxOptions base) {
        VertxOptions options = new VertxOptions(base);
        options.getEventBusOptions().setHost(settings.host()).setPort(0).setClusterPublicHost(settings.host());
        return options;
    }

    public static Future<Vertx> clusteredVertx(ClusterSettings settings) {
        return clusteredVertx(settings, new VertxOptions());
    }

    /** Starts Hazelcast, joins (or forms) the cluster and returns the clustered Vert.x instance. */
    public static Future<Vertx> clusteredVertx(ClusterSettings settings, VertxOptions base) {
        HazelcastClusterManager manager = new HazelcastClusterManager(hazelcastConfig(settings));
        return Vertx.builder()
                .with(vertxOptions(settings, base))
                .withClusterManager(manager)
                .buildClustered();
    }
}
