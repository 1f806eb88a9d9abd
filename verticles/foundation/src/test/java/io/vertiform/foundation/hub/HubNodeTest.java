package io.vertiform.foundation.hub;

import static io.vertiform.foundation.hub.HubLocalTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.config.ConfigAddresses;
import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.foundation.config.ConfigInputs;
import io.vertiform.foundation.config.HubConfig;
import io.vertiform.foundation.config.VertiformConfig;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubNodeTest {
    @TempDir
    Path dir;

    private VertiformConfig config(Map<String, ?> flags) {
        Map<String, String> env = Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        return VertiformConfig.loadSync(ConfigInputs.of(env, dir, flags));
    }

    @Test
    void aLocalNodeRunsAndListsTheFoundationServices() {
        HubNode node = await(HubNode.start(config(Map.of("log.level", "debug"))));
        try {
            assertThat(node.clustered()).isFalse();
            assertThat(node.cluster()).isNull();
            List<ComponentRegistration> services = await(node.hub().discover(ComponentKinds.SERVICE));
            assertThat(services).extracting(ComponentRegistration::typeName)
                    .containsExactly(ConfigServiceVerticle.TYPE_NAME, RegistryVerticle.TYPE_NAME);
            assertThat(services.get(0).metadata()).containsEntry("layers", "defaults+flags");

            JsonObject reply = await(node.vertx().eventBus().<JsonObject>request(ConfigAddresses.GET, null)).body();
            assertThat(reply.getJsonObject("config").getJsonObject("log").getString("level")).isEqualTo("debug");
            assertThat(reply.getJsonObject("sources").getString("log.level")).contains("command-line flag");
            assertThat(reply.getJsonObject("sources").getString("hub.port")).contains("built-in defaults");
        } finally {
            await(node.close());
        }
    }

    @Test
    void clusterSettingsFollowTheHubConfiguration() {
        HubConfig hub = new HubConfig(true, "team", "127.0.0.1", 0, List.of("127.0.0.1:5701", "127.0.0.1"));
        ClusterSettings settings = ClusterSettings.from(hub);
        assertThat(settings.clusterName()).isEqualTo("team");
        assertThat(settings.port()).isEqualTo(ClusterSettings.DEFAULT_PORT);
        assertThat(settings.portCount()).isEqualTo(ClusterSettings.DEFAULT_PORT_COUNT);
        assertThat(settings.members()).containsExactly("127.0.0.1:5701", "127.0.0.1");
        assertThat(ClusterSettings.from(new HubConfig(true, "t", "127.0.0.1", 65530, List.of())).portCount())
                .isEqualTo(6);
    }
}
