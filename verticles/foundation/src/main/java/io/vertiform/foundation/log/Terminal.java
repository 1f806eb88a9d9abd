package io.vertiform.foundation.log;

import java.io.Console;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

/** Decides whether console output may use ANSI colour. */
public final class Terminal {

    private Terminal() {
    }

    /**
     * Colour is used when {@code mode} is {@code always}; never when it is {@code never}, {@code NO_COLOR}
     * is set or {@code TERM=dumb}; in {@code auto} only when the JVM has an interactive console.
     */
    public static boolean colorEnabled(String mode, Map<String, String> env) {
        String m = mode == null ? "auto" : mode.trim().toLowerCase(Locale.ROOT);
        if (m.equals("always") || m.equals("true")) {
            return true;
        }
        if (m.equals("never") || m.equals("false")) {
            return false;
        }
        String noColor = env.get("NO_COLOR");
        if (noColor != null && !noColor.isEmpty()) {
            return false;
        }
        if ("dumb".equals(env.get("TERM"))) {
            return false;
        }
        return interactive();
    }

    /** True when stdin and stdout are a terminal (JDK 22+ returns a console object even when they are not). */
    public static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException before22) {
            return true;
        }
    }
}
