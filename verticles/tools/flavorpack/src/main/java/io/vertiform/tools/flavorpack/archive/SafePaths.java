package io.vertiform.tools.flavorpack.archive;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The only entry paths extraction accepts: relative, '/'-separated, no empty, {@code .} or {@code ..} component,
 * printable ASCII without backslashes. The launcher stub applies the same rule.
 */
public final class SafePaths {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._+@=,~-]+(/[A-Za-z0-9._+@=,~-]+)*");

    private SafePaths() {
    }

    public static String check(String raw) throws IOException {
        String path = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        if (!ALLOWED.matcher(path).matches()) {
            throw new IOException("unsafe path in slot: " + raw);
        }
        for (String part : path.split("/")) {
            if (part.equals(".") || part.equals("..")) {
                throw new IOException("unsafe path in slot: " + raw);
            }
        }
        return path;
    }
}
