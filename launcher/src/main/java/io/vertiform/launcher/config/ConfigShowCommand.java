package io.vertiform.launcher.config;

import io.vertiform.foundation.config.ConfigSnapshot;
import io.vertiform.foundation.config.ConfigSource;
import io.vertiform.foundation.config.VertiformConfig;
import io.vertiform.foundation.error.VertiformException;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vertiform config show}: the effective configuration as JSON on stdout; with {@code --sources},
 * also the layer and source of every key. The configuration is bound in full first, so a bad value anywhere
 * is reported (with its source) instead of printed.
 */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = "Print the effective configuration as JSON.")
public final class ConfigShowCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--sources", description = "Also print which layer and source set each key.")
    boolean sources;

    @Option(names = {"-s", "--set"}, paramLabel = "KEY=VALUE",
            description = "Set a dotted key on the command-line layer, e.g. --set hub.port=5801 (repeatable).")
    Map<String, String> set = new LinkedHashMap<>();

    private final ConfigInputsFactory inputs;

    public ConfigShowCommand() {
        this(ConfigInputsFactory.process());
    }

    ConfigShowCommand(ConfigInputsFactory inputs) {
        this.inputs = inputs;
    }

    @Override
    public Integer call() {
        VertiformConfig config;
        try {
            config = VertiformConfig.loadSync(inputs.inputs(set));
        } catch (VertiformException e) {
            return CliFailures.report(spec.commandLine().getErr(), e);
        }
        ConfigSnapshot snapshot = config.snapshot();
        JsonObject out = sources
                ? new JsonObject().put("config", snapshot.asJson()).put("sources", sourcesOf(snapshot))
                : snapshot.asJson();
        spec.commandLine().getOut().println(out.encodePrettily());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static JsonObject sourcesOf(ConfigSnapshot snapshot) {
        JsonObject out = new JsonObject();
        for (Map.Entry<String, ConfigSource> e : snapshot.provenance().entrySet()) {
            out.put(e.getKey(), new JsonObject()
                    .put("layer", e.getValue().layer().name().toLowerCase(Locale.ROOT))
                    .put("source", e.getValue().description()));
        }
        return out;
    }
}
