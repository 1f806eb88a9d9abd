package io.vertiform.foundation.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which configuration files exist. In one directory several formats may exist; they are all read, in the
 * order json, yaml, yml, toml (a later one overriding an earlier one key by key).
 */
public final class ConfigFiles {

    static final List<String> EXTENSIONS = List.of("json", "yaml", "yml", "toml");

    private ConfigFiles() {
    }

    /** A file to read, with the Vert.x Config format name that parses it. */
    public record Candidate(ConfigLayer layer, Path path, String format) {
        public ConfigSource source() {
            return ConfigSource.file(layer, path);
        }
    }

    public static List<Candidate> existing(ConfigInputs inputs) {
        List<Candidate> out = new ArrayList<>();
        addExisting(out, ConfigLayer.USER_FILE, inputs.xdg().vertiformConfig(), "config");
        addExisting(out, ConfigLayer.PROJECT_FILE, inputs.workingDirectory(), "vertiform");
        return out;
    }

    private static void addExisting(List<Candidate> out, ConfigLayer layer, Path dir, String base) {
        for (String ext : EXTENSIONS) {
            Path p = dir.resolve(base + '.' + ext);
            if (Files.isRegularFile(p)) {
                out.add(new Candidate(layer, p, formatOf(ext)));
            }
        }
    }

    static String formatOf(String extension) {
        String ext = extension.toLowerCase(Locale.ROOT);
        return ext.equals("yml") ? "yaml" : ext;
    }
}
