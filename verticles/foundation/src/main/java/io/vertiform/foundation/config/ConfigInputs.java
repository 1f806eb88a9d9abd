package io.vertiform.foundation.config;

import io.vertiform.foundation.platform.Platform;
import io.vertiform.foundation.platform.XdgDirs;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a configuration load depends on, injected so tests (and sessions hosted in one JVM) never
 * depend on the process environment.
 *
 * @param env              environment variables (for {@code VERTIFORM_*} and the XDG directories)
 * @param workingDirectory where the project file is looked for
 * @param xdg              where the user file is looked for ({@code configHome/vertiform})
 * @param flags            command-line values by dotted key, e.g. {@code "log.level" -> "debug"}
 * @param extraKeys        keys other modules define, so their underscored env variables map exactly
 * @param defaultsResource classpath resource of the defaults (YAML)
 */
public record ConfigInputs(Map<String, String> env, Path workingDirectory, XdgDirs xdg, Map<String, ?> flags,
                           Collection<String> extraKeys, String defaultsResource) {

    public static final String DEFAULTS_RESOURCE = "io/vertiform/conf/defaults.yaml";

    public ConfigInputs {
        env = Map.copyOf(Objects.requireNonNull(env, "env"));
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(xdg, "xdg");
        flags = flags == null ? Map.of() : Map.copyOf(flags);
        extraKeys = extraKeys == null ? List.of() : List.copyOf(extraKeys);
        Objects.requireNonNull(defaultsResource, "defaultsResource");
    }

    /** Inputs with XDG directories resolved from {@code env} (home from {@code HOME}, else {@code user.home}). */
    public static ConfigInputs of(Map<String, String> env, Path workingDirectory, Map<String, ?> flags) {
        XdgDirs xdg = XdgDirs.resolve(env, Path.of(System.getProperty("user.home")), Platform.current().os());
        return new ConfigInputs(env, workingDirectory, xdg, flags, List.of(), DEFAULTS_RESOURCE);
    }

    /** The process's own environment and working directory. */
    public static ConfigInputs ofProcess(Map<String, ?> flags) {
        return of(System.getenv(), Path.of("").toAbsolutePath(), flags);
    }

    public ConfigInputs withExtraKeys(Collection<String> keys) {
        return new ConfigInputs(env, workingDirectory, xdg, flags, keys, defaultsResource);
    }

    public ConfigInputs withDefaultsResource(String resource) {
        return new ConfigInputs(env, workingDirectory, xdg, flags, extraKeys, resource);
    }
}
