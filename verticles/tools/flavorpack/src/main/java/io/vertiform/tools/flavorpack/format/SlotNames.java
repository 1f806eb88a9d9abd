package io.vertiform.tools.flavorpack.format;

import java.util.List;

/** Names of the enumerated descriptor bytes, as metadata spells them. */
public final class SlotNames {

    private static final List<String> PURPOSES = List.of("data", "code", "config", "media");
    private static final List<String> LIFECYCLES = List.of("init", "startup", "runtime", "shutdown", "cache",
            "temporary", "lazy", "eager", "dev", "config", "platform");
    private static final List<String> PLATFORMS = List.of("any", "linux", "darwin", "windows");

    private SlotNames() {
    }

    public static int purpose(String name) {
        return indexOf(PURPOSES, name, "purpose");
    }

    public static String purposeName(int code) {
        return nameOf(PURPOSES, code);
    }

    public static int lifecycle(String name) {
        return indexOf(LIFECYCLES, name, "lifecycle");
    }

    public static String lifecycleName(int code) {
        return nameOf(LIFECYCLES, code);
    }

    public static int platform(String name) {
        return indexOf(PLATFORMS, name, "platform");
    }

    public static String platformName(int code) {
        return nameOf(PLATFORMS, code);
    }

    private static int indexOf(List<String> names, String name, String what) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("unknown slot " + what + ": " + name + " (one of " + names + ")");
        }
        return i;
    }

    private static String nameOf(List<String> names, int code) {
        return code >= 0 && code < names.size() ? names.get(code) : "unknown(" + code + ")";
    }
}
