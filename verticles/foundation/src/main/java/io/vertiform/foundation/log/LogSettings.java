package io.vertiform.foundation.log;

import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * How a {@link LogPipeline} renders and filters. Every factory takes the environment as a map, so one JVM
 * can host sessions with different environments; nothing here reads {@code System.getenv} itself.
 *
 * @param format      renderer
 * @param level       threshold
 * @param color       ANSI colour (console format only)
 * @param emoji       DAS emoji markers (console format only)
 * @param stackTraces print an event's error stack trace after the line (console format only)
 * @param zone        time zone of timestamps
 * @param clock       source of event timestamps
 * @param stream      where lines go, looked up per line; never standard output
 */
public record LogSettings(LogFormat format, Level level, boolean color, boolean emoji, boolean stackTraces,
                          ZoneId zone, Clock clock, Supplier<OutputStream> stream) {

    /** Set by go-plugin in a plugin's environment; its presence means "we are a Terraform plugin". */
    public static final String PLUGIN_COOKIE_VARIABLE = "TF_PLUGIN_MAGIC_COOKIE";
    public static final String TF_LOG_PROVIDER = "TF_LOG_PROVIDER";
    public static final String TF_LOG = "TF_LOG";
    public static final String VERTIFORM_LOG_LEVEL = "VERTIFORM_LOG_LEVEL";
    public static final String VERTIFORM_LOG_COLOR = "VERTIFORM_LOG_COLOR";
    public static final String VERTIFORM_LOG_EMOJI = "VERTIFORM_LOG_EMOJI";

    public LogSettings {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(stream, "stream");
    }

    /** Standard error as it is at the moment of each write (tests may swap it). */
    public static Supplier<OutputStream> standardError() {
        return () -> System.err;
    }

    /** Plugin mode when go-plugin's magic cookie variable is present, console mode otherwise. */
    public static LogSettings fromEnvironment(Map<String, String> env) {
        return isPluginEnvironment(env) ? plugin(env) : console(env);
    }

    public static boolean isPluginEnvironment(Map<String, String> env) {
        return env.containsKey(PLUGIN_COOKIE_VARIABLE);
    }

    /** hclog JSON on stderr at the level of {@code TF_LOG_PROVIDER}, else {@code TF_LOG}. */
    public static LogSettings plugin(Map<String, String> env) {
        return new LogSettings(LogFormat.HCLOG_JSON, pluginLevel(env), false, false, false,
                ZoneId.systemDefault(), Clock.systemUTC(), standardError());
    }

    /** Console lines on stderr at {@code VERTIFORM_LOG_LEVEL}, colour only on a terminal. */
    public static LogSettings console(Map<String, String> env) {
        Level level = Level.parse(env.get(VERTIFORM_LOG_LEVEL)).orElse(Level.INFO);
        boolean emoji = !"false".equalsIgnoreCase(String.valueOf(env.get(VERTIFORM_LOG_EMOJI)).trim());
        return console(level, Terminal.colorEnabled(env.get(VERTIFORM_LOG_COLOR), env), emoji);
    }

    public static LogSettings console(Level level, boolean color, boolean emoji) {
        return new LogSettings(LogFormat.CONSOLE, level, color, emoji, Level.DEBUG.admits(level),
                ZoneId.systemDefault(), Clock.systemUTC(), standardError());
    }

    /**
     * The provider's level as Terraform passes it: {@code TF_LOG_PROVIDER} wins over {@code TF_LOG}; hclog
     * names in any case, {@code JSON} meaning trace, {@code OFF}. Unset or unknown means info, which is what
     * go-hclog does with a level it cannot parse.
     */
    public static Level pluginLevel(Map<String, String> env) {
        String provider = env.get(TF_LOG_PROVIDER);
        String value = provider != null && !provider.isBlank() ? provider : env.get(TF_LOG);
        return Level.parse(value).orElse(Level.INFO);
    }

    public LogSettings withLevel(Level newLevel) {
        return new LogSettings(format, newLevel, color, emoji, stackTraces, zone, clock, stream);
    }

    public LogSettings withStream(Supplier<OutputStream> newStream) {
        return new LogSettings(format, level, color, emoji, stackTraces, zone, clock, newStream);
    }

    public LogSettings withClock(Clock newClock, ZoneId newZone) {
        return new LogSettings(format, level, color, emoji, stackTraces, newZone, newClock, stream);
    }

    public LogSettings withColor(boolean newColor) {
        return new LogSettings(format, level, newColor, emoji, stackTraces, zone, clock, stream);
    }

    public LogSettings withEmoji(boolean newEmoji) {
        return new LogSettings(format, level, color, newEmoji, stackTraces, zone, clock, stream);
    }

    /** The renderer these settings call for. */
    public LogRenderer renderer() {
        return format == LogFormat.HCLOG_JSON
                ? new HclogJsonRenderer(zone)
                : new ConsoleRenderer(zone, color, emoji, stackTraces);
    }
}
