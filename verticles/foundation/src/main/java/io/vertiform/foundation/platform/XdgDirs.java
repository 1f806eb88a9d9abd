package io.vertiform.foundation.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The XDG base directories, from an injected environment.
 *
 * <p>Per the XDG Base Directory spec, {@code XDG_CONFIG_HOME}, {@code XDG_CACHE_HOME}, {@code XDG_DATA_HOME}
 * and {@code XDG_STATE_HOME} win when set to an absolute path (relative values are ignored). Otherwise the
 * defaults are {@code ~/.config}, {@code ~/.cache}, {@code ~/.local/share} and {@code ~/.local/state}; on
 * Windows, where XDG is not native, {@code %APPDATA%} (config, data) and {@code %LOCALAPPDATA%} (cache, state)
 * are used before those. The home directory is {@code HOME} (or {@code USERPROFILE} on Windows) from the
 * environment, else the supplied fallback.
 */
public record XdgDirs(Path configHome, Path cacheHome, Path dataHome, Path stateHome) {

    public static final String APP = "vertiform";

    public XdgDirs {
        Objects.requireNonNull(configHome, "configHome");
        Objects.requireNonNull(cacheHome, "cacheHome");
        Objects.requireNonNull(dataHome, "dataHome");
        Objects.requireNonNull(stateHome, "stateHome");
    }

    /** From the process environment and {@code user.home}. */
    public static XdgDirs current() {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home")), Platform.current().os());
    }

    public static XdgDirs resolve(Map<String, String> env, Path fallbackHome, OperatingSystem os) {
        boolean windows = os == OperatingSystem.WINDOWS;
        Path home = absolute(env.get("HOME"));
        if (home == null && windows) {
            home = absolute(env.get("USERPROFILE"));
        }
        if (home == null) {
            home = fallbackHome;
        }
        Path appData = windows ? absolute(env.get("APPDATA")) : null;
        Path localAppData = windows ? absolute(env.get("LOCALAPPDATA")) : null;
        return new XdgDirs(
                pick(env.get("XDG_CONFIG_HOME"), appData, home.resolve(".config")),
                pick(env.get("XDG_CACHE_HOME"), localAppData, home.resolve(".cache")),
                pick(env.get("XDG_DATA_HOME"), appData, home.resolve(".local").resolve("share")),
                pick(env.get("XDG_STATE_HOME"), localAppData, home.resolve(".local").resolve("state")));
    }

    /** {@code <config>/vertiform}: user configuration files. */
    public Path vertiformConfig() {
        return configHome.resolve(APP);
    }

    /** {@code <cache>/vertiform}: downloads and other re-creatable files. */
    public Path vertiformCache() {
        return cacheHome.resolve(APP);
    }

    /** {@code <data>/vertiform}: user data worth keeping. */
    public Path vertiformData() {
        return dataHome.resolve(APP);
    }

    /** {@code <state>/vertiform}: logs, history, runtime state. */
    public Path vertiformState() {
        return stateHome.resolve(APP);
    }

    private static Path pick(String xdgValue, Path platformDefault, Path fallback) {
        Path xdg = absolute(xdgValue);
        if (xdg != null) {
            return xdg;
        }
        return platformDefault != null ? platformDefault : fallback;
    }

    private static Path absolute(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Path p = Path.of(value);
        return p.isAbsolute() ? p : null;
    }
}
