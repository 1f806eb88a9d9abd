package io.vertiform.foundation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.foundation.error.ConfigException;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad value names its source and key; a broken file names the file. */
class ConfigErrorsTest {

    @TempDir
    Path root;

    private ConfigException bindError(ConfigFixtures fx, Map<String, String> env, Map<String, ?> flags) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> VertiformConfig.loadSync(fx.inputs(env, flags)));
        assertThat(t).isInstanceOf(ConfigException.class);
        return (ConfigException) t;
    }

    @Test
    void badEnvironmentValueNamesTheVariable() throws Exception {
        ConfigException e = bindError(new ConfigFixtures(root), Map.of("VERTIFORM_HUB_PORT", "abc"), Map.of());
        assertThat(e.code()).isEqualTo(ConfigException.INVALID_VALUE);
        assertThat(e.key()).isEqualTo("hub.port");
        assertThat(e.source()).isEqualTo("environment variable VERTIFORM_HUB_PORT");
        assertThat(e.getMessage()).isEqualTo("Invalid value for hub.port: environment variable VERTIFORM_HUB_PORT "
                + "sets it to \"abc\"; expected an integer from 0 to 65535");
    }

    @Test
    void badFileValueNamesTheFile() throws Exception {
        ConfigFixtures fx = new ConfigFixtures(root);
        Path file = fx.projectFile("yaml", "hub:\n  port: 70000\n");
        ConfigException e = bindError(fx, Map.of(), Map.of());
        assertThat(e.source()).isEqualTo("file " + file);
        assertThat(e.key()).isEqualTo("hub.port");
    }

    @Test
    void badFlagNamesTheFlag() throws Exception {
        ConfigException e = bindError(new ConfigFixtures(root), Map.of(), Map.of("log.level", "loud"));
        assertThat(e.source()).isEqualTo("command-line flag log.level");
        assertThat(e.key()).isEqualTo("log.level");
        assertThat(e.getMessage()).contains("one of trace, debug, info, warn, error, off");
    }

    @Test
    void otherBadValues() throws Exception {
        ConfigFixtures fx = new ConfigFixtures(root);
        assertThat(bindError(fx, Map.of("VERTIFORM_LOG_EMOJI", "maybe"), Map.of()).key()).isEqualTo("log.emoji");
        assertThat(bindError(fx, Map.of("VERTIFORM_PROCESS_KILL_GRACE", "soon"), Map.of()).key())
                .isEqualTo("process.kill_grace");
        assertThat(bindError(fx, Map.of("VERTIFORM_HUB_MEMBERS", "127.0.0.1:5701-5703"), Map.of()).key())
                .isEqualTo("hub.members");
        assertThat(bindError(fx, Map.of("VERTIFORM_RESILIENCE_JITTER", "2"), Map.of()).key())
                .isEqualTo("resilience.jitter");
        assertThat(bindError(fx, Map.of("VERTIFORM_LOG_FORMAT", "xml"), Map.of()).key()).isEqualTo("log.format");
    }

    @Test
    void brokenFileIsUnreadableInBothLoaders() throws Exception {
        ConfigFixtures fx = new ConfigFixtures(root);
        Path file = fx.userFile("yaml", "log: [unclosed\n");
        assertThatThrownBy(() -> ConfigLoader.loadSync(fx.inputs(Map.of(), Map.of())))
                .isInstanceOf(ConfigException.class)
                .satisfies(t -> {
                    ConfigException e = (ConfigException) t;
                    assertThat(e.code()).isEqualTo(ConfigException.UNREADABLE);
                    assertThat(e.source()).isEqualTo("file " + file);
                });
        Vertx vertx = Vertx.vertx();
        try {
            assertThatThrownBy(() -> ConfigLoader.load(vertx, fx.inputs(Map.of(), Map.of())).toCompletionStage()
                    .toCompletableFuture().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ConfigException.class)
                    .hasMessageContaining("file " + file);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void brokenTomlAndJsonAreUnreadable() throws Exception {
        ConfigFixtures fx = new ConfigFixtures(root);
        fx.projectFile("toml", "[log\nlevel=");
        assertThatThrownBy(() -> ConfigLoader.loadSync(fx.inputs(Map.of(), Map.of())))
                .hasMessageStartingWith("Cannot read configuration from file " + fx.project.resolve("vertiform.toml"));
        java.nio.file.Files.delete(fx.project.resolve("vertiform.toml"));
        fx.projectFile("json", "{\"log\":");
        assertThatThrownBy(() -> ConfigLoader.loadSync(fx.inputs(Map.of(), Map.of())))
                .hasMessageStartingWith("Cannot read configuration from file " + fx.project.resolve("vertiform.json"));
    }

    @Test
    void missingDefaultsAreReported() throws Exception {
        ConfigFixtures fx = new ConfigFixtures(root);
        assertThatThrownBy(() -> ConfigLoader.loadSync(fx.inputs(Map.of(), Map.of())
                .withDefaultsResource("io/vertiform/conf/nope.yaml")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("nope.yaml");
    }
}
