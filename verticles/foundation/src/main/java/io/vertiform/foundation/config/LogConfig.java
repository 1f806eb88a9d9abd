package io.vertiform.foundation.config;

import io.vertiform.foundation.log.Level;
import io.vertiform.foundation.log.LogFormat;
import io.vertiform.foundation.log.LogSettings;
import io.vertiform.foundation.log.Terminal;
import java.util.List;
import java.util.Map;

/**
 * The {@code log.*} keys.
 *
 * @param level  threshold outside plugin mode ({@code log.level}: trace, debug, info, warn, error, off)
 * @param format {@code auto} (hclog JSON as a plugin, console otherwise), {@code json} or {@code console}
 * @param color  {@code auto} (only on a terminal, never with NO_COLOR), {@code always} or {@code never}
 * @param emoji  DAS emoji markers in console lines
 */
public record LogConfig(Level level, String format, String color, boolean emoji) {

    public static final List<String> FORMATS = List.of("auto", "json", "console");
    public static final List<String> COLORS = List.of("auto", "always", "never");

    public static LogConfig from(ConfigSnapshot config) {
        String levelName = config.string(ConfigKeys.LOG_LEVEL);
        Level level = Level.parse(levelName).orElseThrow(() -> config.invalid(ConfigKeys.LOG_LEVEL,
                "one of trace, debug, info, warn, error, off", levelName));
        return new LogConfig(level, config.choice(ConfigKeys.LOG_FORMAT, FORMATS),
                config.choice(ConfigKeys.LOG_COLOR, COLORS), config.bool(ConfigKeys.LOG_EMOJI));
    }

    /**
     * The logging settings for a run. As a plugin (go-plugin's cookie in {@code env}) the format is hclog JSON
     * and the level comes from TF_LOG_PROVIDER / TF_LOG, whatever this config says, because Terraform owns the
     * plugin's stderr. Otherwise {@code format} and {@code level} apply.
     */
    public LogSettings toSettings(Map<String, String> env) {
        if (LogSettings.isPluginEnvironment(env)) {
            return LogSettings.plugin(env);
        }
        LogSettings console = LogSettings.console(level, Terminal.colorEnabled(color, env), emoji);
        if (format.equals("json")) {
            return new LogSettings(LogFormat.HCLOG_JSON, level, false, false, false, console.zone(),
                    console.clock(), console.stream());
        }
        return console;
    }
}
