package io.vertiform.foundation.config;

import io.vertiform.foundation.error.ConfigException;
import io.vertiform.foundation.log.ErrorText;
import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the five layers (defaults, user file, project file, environment, flags), lowest first, into a
 * {@link ConfigSnapshot}.
 *
 * <p>{@link #load(Vertx, ConfigInputs)} reads files through Vert.x Config (one retriever per file, so a
 * parse error names its file; TOML through {@link TomlConfigProcessor}). {@link #loadSync(ConfigInputs)}
 * does the same with plain blocking reads for CLI start-up before a Vert.x instance exists. Both apply the
 * same merge, so they give equal results. Files that do not exist are skipped; a file that exists but does
 * not parse is a {@link ConfigException} naming it.
 */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static Future<ConfigSnapshot> load(Vertx vertx, ConfigInputs inputs) {
        List<ConfigFiles.Candidate> files = ConfigFiles.existing(inputs);
        List<Future<SourcedTree>> reads = new ArrayList<>();
        reads.add(read(vertx, ConfigSource.defaults(inputs.defaultsResource()), inputs.defaultsResource(), "yaml"));
        for (ConfigFiles.Candidate file : files) {
            reads.add(read(vertx, file.source(), file.path().toString(), file.format()));
        }
        return Future.all(reads).map(all -> {
            List<SourcedTree> layers = new ArrayList<>();
            for (Future<SourcedTree> f : reads) {
                layers.add(f.result());
            }
            layers.addAll(volatileLayers(inputs));
            return ConfigSnapshot.merge(layers);
        }).recover(failure -> Future.failedFuture(firstFailure(reads, failure)));
    }

    public static ConfigSnapshot loadSync(ConfigInputs inputs) {
        List<SourcedTree> layers = new ArrayList<>();
        layers.add(readDefaultsSync(inputs.defaultsResource()));
        for (ConfigFiles.Candidate file : ConfigFiles.existing(inputs)) {
            String text;
            try {
                text = Files.readString(file.path(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw ConfigException.unreadable(file.source().description(), ErrorText.of(e), e);
            }
            layers.add(new SourcedTree(file.source(), parseSync(file.source(), file.format(), text)));
        }
        layers.addAll(volatileLayers(inputs));
        return ConfigSnapshot.merge(layers);
    }

    /** Environment and flags: no I/O, one tree per variable or flag so each value keeps its own source. */
    private static List<SourcedTree> volatileLayers(ConfigInputs inputs) {
        List<String> known = new ArrayList<>(ConfigKeys.ALL);
        known.addAll(inputs.extraKeys());
        List<SourcedTree> out = new ArrayList<>(new EnvironmentMapping(known).trees(inputs.env()));
        for (Map.Entry<String, ?> flag : new java.util.TreeMap<>(inputs.flags()).entrySet()) {
            if (flag.getValue() != null) {
                out.add(new SourcedTree(ConfigSource.flag(flag.getKey()),
                        ConfigTrees.single(flag.getKey(), flag.getValue())));
            }
        }
        return out;
    }

    private static Future<SourcedTree> read(Vertx vertx, ConfigSource source, String path, String format) {
        ConfigStoreOptions store = new ConfigStoreOptions().setType("file").setFormat(format)
                .setConfig(new JsonObject().put("path", path));
        ConfigRetriever retriever = ConfigRetriever.create(vertx,
                new ConfigRetrieverOptions().setScanPeriod(-1).addStore(store));
        return retriever.getConfig()
                .eventually(retriever::close)
                .map(json -> new SourcedTree(source, json))
                .recover(e -> Future.failedFuture(e instanceof ConfigException ? e
                        : ConfigException.unreadable(source.description(), ErrorText.of(e), e)));
    }

    private static Throwable firstFailure(List<Future<SourcedTree>> reads, Throwable fallback) {
        for (Future<SourcedTree> f : reads) {
            if (f.failed()) {
                return f.cause();
            }
        }
        return fallback;
    }

    private static SourcedTree readDefaultsSync(String resource) {
        ConfigSource source = ConfigSource.defaults(resource);
        ClassLoader loader = ConfigLoader.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw ConfigException.unreadable(source.description(), "resource not found on the class path", null);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new SourcedTree(source, parseSync(source, "yaml", text));
        } catch (IOException e) {
            throw ConfigException.unreadable(source.description(), ErrorText.of(e), e);
        }
    }

    private static JsonObject parseSync(ConfigSource source, String format, String text) {
        try {
            return ConfigParsers.parse(format, text);
        } catch (ConfigException e) {
            throw e;
        } catch (Exception e) {
            throw ConfigException.unreadable(source.description(), ErrorText.of(e), e);
        }
    }
}
