package io.vertiform.foundation.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import io.vertx.core.VertxOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Hazelcast configuration never reaches beyond the configured interface. */
class ClusterSupportTest {

    @Test
    void everySafetySwitchIsSetAndOverridesApply() {
        ClusterSettings settings = ClusterSettings.loopback("unit")
                .withPort(6100, 3)
                .withMembers(List.of("127.0.0.1:6100", "127.0.0.1:6101"))
                .withHazelcastProperty("hazelcast.max.no.heartbeat.seconds", "9");
        Config config = ClusterSupport.hazelcastConfig(settings);
        assertThat(config.getClusterName()).isEqualTo("unit");
        assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
        assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
        assertThat(config.getProperty("hazelcast.wait.seconds.before.join")).isEqualTo("0");
        assertThat(config.getProperty("hazelcast.max.no.heartbeat.seconds")).isEqualTo("9");
        assertThat(config.getNetworkConfig().getPort()).isEqualTo(6100);
        assertThat(config.getNetworkConfig().getPortCount()).isEqualTo(3);
        assertThat(config.getNetworkConfig().getInterfaces().isEnabled()).isTrue();
        assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
        JoinConfig join = config.getNetworkConfig().getJoin();
        assertThat(join.getMulticastConfig().isEnabled()).isFalse();
        assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
        assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
        assertThat(join.getTcpIpConfig().getMembers()).containsExactly("127.0.0.1:6100", "127.0.0.1:6101");
        // what Vert.x needs for its own structures survives the override
        assertThat(config.getMultiMapConfigs()).containsKey("__vertx.subs");
    }

    @Test
    void withoutMembersTheHostItselfIsTheJoinTarget() {
        Config config = ClusterSupport.hazelcastConfig(ClusterSettings.defaults().withPort(5701, 1));
        assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().getMembers()).containsExactly("127.0.0.1");
        assertThat(config.getNetworkConfig().isPortAutoIncrement()).isFalse();
    }

    @Test
    void theEventBusBindsTheSameHost() {
        VertxOptions options = ClusterSupport.vertxOptions(ClusterSettings.defaults(), new VertxOptions());
        assertThat(options.getEventBusOptions().getHost()).isEqualTo("127.0.0.1");
        assertThat(options.getEventBusOptions().getClusterPublicHost()).isEqualTo("127.0.0.1");
        assertThat(options.getEventBusOptions().getPort()).isZero();
    }

    @Test
    void settingsRejectWhatHazelcastWouldChokeOn() {
        assertThatThrownBy(() -> ClusterSettings.defaults().withMembers(List.of("127.0.0.1:5701-5703")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("host:port");
        assertThatThrownBy(() -> ClusterSettings.defaults().withPort(70000, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClusterSettings.loopback(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
