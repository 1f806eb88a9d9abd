package io.vertiform.foundation.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.foundation.log.Level;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five layers, lowest first: defaults, user file, project file, environment, flags. {@code log.level}
 * is set by all five, {@code hub.port} by four, and so on down, so each layer is seen winning over the
 * ones below it; both loaders must agree.
 */
class ConfigPrecedenceTest {

    static Vertx vertx;

    @TempDir
    Path root;
    ConfigFixtures fx;
    Map<String, String> env;
    Map<String, Object> flags;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @BeforeEach
    void layers() throws Exception {
        fx = new ConfigFixtures(root);
        fx.userFile("yaml", "log:\n  level: debug\nhub:\n  port: 6001\n  host: 10.0.0.1\nprocess:\n  kill_grace: 2s\n");
        fx.projectFile("toml", "[log]\nlevel = \"warn\"\n[hub]\nport = 6002\nhost = \"10.0.0.2\"\n"
                + "[resilience]\nmax_attempts = 7\n");
        env = new HashMap<>(Map.of("VERTIFORM_LOG_LEVEL", "error", "VERTIFORM_HUB_PORT", "6003", "PATH", "/bin"));
        flags = new HashMap<>(Map.of("log.level", "trace"));
    }

    private ConfigSnapshot sync() {
        return ConfigLoader.loadSync(fx.inputs(env, flags));
    }

    private ConfigSnapshot async() throws Exception {
        return ConfigLoader.load(vertx, fx.inputs(env, flags)).toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void eachLayerOverridesTheOnesBelow() throws Exception {
        for (ConfigSnapshot snapshot : List.of(sync(), async())) {
            VertiformConfig config = VertiformConfig.from(snapshot);
            assertThat(config.log().level()).isEqualTo(Level.TRACE);                 // flags
            assertThat(config.hub().port()).isEqualTo(6003);                         // environment
            assertThat(config.resilience().maxAttempts()).isEqualTo(7);             // project file
            assertThat(config.hub().host()).isEqualTo("10.0.0.2");                  // project over user
            assertThat(config.process().killGrace()).isEqualTo(Duration.ofSeconds(2)); // user file
            assertThat(config.process().defaultTimeout()).isEqualTo(Duration.ofMinutes(10)); // defaults

            assertThat(snapshot.sourceOf("log.level").orElseThrow().layer()).isEqualTo(ConfigLayer.FLAGS);
            assertThat(snapshot.sourceOf("hub.port").orElseThrow().description())
                    .isEqualTo("environment variable VERTIFORM_HUB_PORT");
            assertThat(snapshot.sourceOf("resilience.max_attempts").orElseThrow().description())
                    .isEqualTo("file " + fx.project.resolve("vertiform.toml"));
            assertThat(snapshot.sourceOf("process.kill_grace").orElseThrow().layer()).isEqualTo(ConfigLayer.USER_FILE);
            assertThat(snapshot.sourceOf("process.default_timeout").orElseThrow().layer())
                    .isEqualTo(ConfigLayer.DEFAULTS);
        }
    }

    @Test
    void peelingLayersOffRevealsTheNextOne() throws Exception {
        flags.clear();
        assertThat(VertiformConfig.from(sync()).log().level()).isEqualTo(Level.ERROR);
        env.remove("VERTIFORM_LOG_LEVEL");
        assertThat(VertiformConfig.from(async()).log().level()).isEqualTo(Level.WARN);
        java.nio.file.Files.delete(fx.project.resolve("vertiform.toml"));
        assertThat(VertiformConfig.from(sync()).log().level()).isEqualTo(Level.DEBUG);
        java.nio.file.Files.delete(fx.userDir.resolve("config.yaml"));
        VertiformConfig defaults = VertiformConfig.from(async());
        assertThat(defaults.log().level()).isEqualTo(Level.INFO);
        assertThat(defaults.hub()).isEqualTo(new HubConfig(false, "vertiform", "127.0.0.1", 6003,
                List.of("127.0.0.1:5701")));
    }

    @Test
    void syncAndAsyncLoadersAgree() throws Exception {
        ConfigSnapshot a = sync();
        ConfigSnapshot b = async();
        assertThat(a.asJson()).isEqualTo(b.asJson());
        assertThat(a.provenance()).isEqualTo(b.provenance());
    }

    @Test
    void userFileFollowsXdgConfigHome() throws Exception {
        Path xdg = root.resolve("xdg");
        java.nio.file.Files.createDirectories(xdg.resolve("vertiform"));
        java.nio.file.Files.writeString(xdg.resolve("vertiform").resolve("config.json"),
                "{\"hub\":{\"cluster\":true,\"members\":[\"127.0.0.1:5701\",\"127.0.0.1:5702\"]}}");
        env.put("XDG_CONFIG_HOME", xdg.toString());
        HubConfig hub = VertiformConfig.from(sync()).hub();
        assertThat(hub.cluster()).isTrue();
        assertThat(hub.members()).containsExactly("127.0.0.1:5701", "127.0.0.1:5702");
        // The file under ~/.config is no longer the user file.
        assertThat(sync().sourceOf("process.kill_grace").orElseThrow().layer()).isEqualTo(ConfigLayer.DEFAULTS);
    }

    @Test
    void environmentValuesAreConvertedByType() {
        env.put("VERTIFORM_HUB_CLUSTER", "yes");
        env.put("VERTIFORM_HUB_MEMBERS", "127.0.0.1:5701, 127.0.0.1:5702");
        env.put("VERTIFORM_HUB_CLUSTER_NAME", "other");
        env.put("VERTIFORM_RESILIENCE_JITTER", "0.5");
        env.put("VERTIFORM_PROCESS_DEFAULT_TIMEOUT", "1m30s");
        VertiformConfig config = VertiformConfig.from(sync());
        assertThat(config.hub().cluster()).isTrue();
        assertThat(config.hub().clusterName()).isEqualTo("other");
        assertThat(config.hub().members()).containsExactly("127.0.0.1:5701", "127.0.0.1:5702");
        assertThat(config.resilience().jitter()).isEqualTo(0.5);
        assertThat(config.process().defaultTimeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void severalFormatsInOneDirectoryAreReadJsonYamlToml() throws Exception {
        fx.projectFile("json", "{\"hub\":{\"host\":\"json\"},\"log\":{\"emoji\":false}}");
        fx.projectFile("yaml", "hub:\n  host: yaml\n");
        java.nio.file.Files.delete(fx.project.resolve("vertiform.toml"));
        VertiformConfig config = VertiformConfig.from(async());
        assertThat(config.hub().host()).isEqualTo("yaml");
        assertThat(config.log().emoji()).isFalse();
    }

    @Test
    void otherModulesReadTheirOwnSections() {
        env.put("VERTIFORM_RPC_MAX_MESSAGE_SIZE", "1024");
        ConfigSnapshot withoutKey = sync();
        assertThat(withoutKey.section("rpc").encode()).isEqualTo("{\"max\":{\"message\":{\"size\":\"1024\"}}}");
        ConfigSnapshot withKey = ConfigLoader.loadSync(fx.inputs(env, flags).withExtraKeys(
                List.of("rpc.max_message_size")));
        assertThat(withKey.integer("rpc.max_message_size", 0, Long.MAX_VALUE)).isEqualTo(1024);
    }
}
