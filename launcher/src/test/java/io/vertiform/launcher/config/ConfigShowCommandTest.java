package io.vertiform.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.foundation.config.ConfigInputs;
import io.vertiform.testkit.files.TempFiles;
import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigShowCommandTest {
    @TempDir
    Path dir;

    private final Map<String, String> env = new HashMap<>();

    record Run(int exitCode, String out, String err) {
    }

    private Run run(String... args) {
        env.putIfAbsent("HOME", dir.toString());
        env.putIfAbsent("XDG_CONFIG_HOME", dir.resolve("xdg").toString());
        Path work = dir.resolve("work");
        ConfigInputsFactory inputs = flags -> ConfigInputs.of(env, work, flags);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new ConfigCommand(), new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == ConfigShowCommand.class
                        ? (K) new ConfigShowCommand(inputs) : CommandLine.defaultFactory().create(type);
            }
        });
        int code = cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void showPrintsTheEffectiveConfigurationAsJson() {
        Run run = run("show");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonObject config = new JsonObject(run.out());
        assertThat(config.getJsonObject("hub").getString("cluster_name")).isEqualTo("vertiform");
        assertThat(config.getJsonObject("hub").getString("host")).isEqualTo("127.0.0.1");
        assertThat(config.getJsonObject("log").getString("level")).isEqualTo("info");
    }

    @Test
    void sourcesNameTheLayerOfEveryKeyAcrossAllFiveLayers() {
        TempFiles files = TempFiles.in(dir);
        files.file("xdg/vertiform/config.yaml", "process:\n  kill_grace: 7s\nhub:\n  cluster_name: from-user\n");
        files.file("work/vertiform.toml", "[hub]\ncluster_name = \"from-project\"\nport = 5900\n");
        env.put("VERTIFORM_HUB_PORT", "6000");
        env.put("VERTIFORM_LOG_LEVEL", "debug");

        Run run = run("show", "--sources", "--set", "log.level=warn");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonObject body = new JsonObject(run.out());
        JsonObject config = body.getJsonObject("config");
        JsonObject sources = body.getJsonObject("sources");

        assertThat(config.getJsonObject("process").getString("kill_grace")).isEqualTo("7s");
        assertThat(config.getJsonObject("hub").getString("cluster_name")).isEqualTo("from-project");
        assertThat(String.valueOf(config.getJsonObject("hub").getValue("port"))).isEqualTo("6000");
        assertThat(config.getJsonObject("log").getString("level")).isEqualTo("warn");

        assertThat(layer(sources, "resilience.max_attempts")).isEqualTo("defaults");
        assertThat(layer(sources, "process.kill_grace")).isEqualTo("user_file");
        assertThat(layer(sources, "hub.cluster_name")).isEqualTo("project_file");
        assertThat(layer(sources, "hub.port")).isEqualTo("environment");
        assertThat(layer(sources, "log.level")).isEqualTo("flags");
        assertThat(sources.getJsonObject("hub.port").getString("source")).contains("VERTIFORM_HUB_PORT");
    }

    @Test
    void aBadValueIsOneLineNamingKeyAndSource() {
        Run run = run("show", "--set", "hub.port=not-a-port");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error: Invalid value for hub.port")
                .contains("command-line flag hub.port").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void withoutASubcommandItPrintsUsage() {
        Run run = run();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("show");
    }

    private static String layer(JsonObject sources, String key) {
        JsonObject entry = sources.getJsonObject(key);
        assertThat(entry).as("source of " + key).isNotNull();
        return entry.getString("layer");
    }
}
