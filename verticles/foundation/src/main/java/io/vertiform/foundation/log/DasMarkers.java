package io.vertiform.foundation.log;

import java.util.Locale;
import java.util.Map;

/**
 * Domain-Action-Status emoji markers for the console renderer, after provide-foundation's default "DAS"
 * event set: an event with fields {@code domain}, {@code action} and/or {@code status} is prefixed with one
 * marker per field, e.g. {@code [🛎️][🚀][✅]} for server/start/success.
 */
public final class DasMarkers {

    public static final String DOMAIN = "domain";
    public static final String ACTION = "action";
    public static final String STATUS = "status";
    /** Marker for a value the table does not know. */
    public static final String UNKNOWN = "❓";

    private static final Map<String, String> DOMAINS = Map.ofEntries(
            Map.entry("server", "🛎️"), Map.entry("client", "🙋"), Map.entry("network", "🌐"),
            Map.entry("security", "🔐"), Map.entry("config", "🔩"), Map.entry("database", "🗄️"),
            Map.entry("cache", "💾"), Map.entry("file", "📄"), Map.entry("process", "⚙️"),
            Map.entry("hub", "🧭"), Map.entry("plugin", "🔌"), Map.entry("provider", "🧩"),
            Map.entry("system", "🖥️"), Map.entry("test", "🧪"));

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("init", "🌱"), Map.entry("start", "🚀"), Map.entry("stop", "🛑"),
            Map.entry("connect", "🔗"), Map.entry("disconnect", "💔"), Map.entry("send", "📤"),
            Map.entry("receive", "📥"), Map.entry("validate", "🛡️"), Map.entry("execute", "▶️"),
            Map.entry("query", "🔍"), Map.entry("read", "📖"), Map.entry("write", "📝"),
            Map.entry("register", "📋"), Map.entry("discover", "🔭"), Map.entry("load", "📂"),
            Map.entry("retry", "🔁"), Map.entry("kill", "💀"), Map.entry("delete", "🗑️"));

    private static final Map<String, String> STATUSES = Map.ofEntries(
            Map.entry("success", "✅"), Map.entry("failure", "❌"), Map.entry("error", "🔥"),
            Map.entry("warning", "⚠️"), Map.entry("info", "ℹ️"), Map.entry("retry", "🔁"),
            Map.entry("complete", "🏁"), Map.entry("timeout", "⏱️"), Map.entry("pending", "⏳"),
            Map.entry("skipped", "⏭️"), Map.entry("attempt", "⏳"));

    private DasMarkers() {
    }

    public static boolean isDasKey(String key) {
        return DOMAIN.equals(key) || ACTION.equals(key) || STATUS.equals(key);
    }

    /** The marker for one DAS field's value. */
    public static String marker(String key, Object value) {
        Map<String, String> table = DOMAIN.equals(key) ? DOMAINS : ACTION.equals(key) ? ACTIONS : STATUSES;
        String name = value == null ? "" : String.valueOf(value).toLowerCase(Locale.ROOT);
        return table.getOrDefault(name, UNKNOWN);
    }
}
