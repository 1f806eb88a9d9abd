package io.vertiform.foundation.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LogSettingsTest {

    @Test
    void pluginLevelPrefersTfLogProviderOverTfLog() {
        assertThat(LogSettings.pluginLevel(Map.of("TF_LOG_PROVIDER", "debug", "TF_LOG", "error")))
                .isEqualTo(Level.DEBUG);
        assertThat(LogSettings.pluginLevel(Map.of("TF_LOG", "WARN"))).isEqualTo(Level.WARN);
        assertThat(LogSettings.pluginLevel(Map.of("TF_LOG_PROVIDER", " ", "TF_LOG", "error"))).isEqualTo(Level.ERROR);
    }

    @Test
    void pluginLevelNamesFollowHclogAndTerraform() {
        assertThat(LogSettings.pluginLevel(Map.of("TF_LOG", "JSON"))).isEqualTo(Level.TRACE);
        assertThat(LogSettings.pluginLevel(Map.of("TF_LOG", "Trace"))).isEqualTo(Level.TRACE);
        assertThat(LogSettings.pluginLevel(Map.of("TF_LOG", "off"))).isEqualTo(Level.OFF);
        assertThat(LogSettings.pluginLevel(Map.of("TF_LOG", "chatty"))).isEqualTo(Level.INFO);
        assertThat(LogSettings.pluginLevel(Map.of())).isEqualTo(Level.INFO);
    }

    @Test
    void magicCookieSelectsPluginMode() {
        LogSettings plugin = LogSettings.fromEnvironment(Map.of("TF_PLUGIN_MAGIC_COOKIE", "d602bf8f",
                "TF_LOG", "debug", "VERTIFORM_LOG_LEVEL", "error"));
        assertThat(plugin.format()).isEqualTo(LogFormat.HCLOG_JSON);
        assertThat(plugin.level()).isEqualTo(Level.DEBUG);
        assertThat(plugin.renderer()).isInstanceOf(HclogJsonRenderer.class);
    }

    @Test
    void consoleModeUsesVertiformLogLevel() {
        LogSettings console = LogSettings.fromEnvironment(Map.of("TF_LOG", "trace", "VERTIFORM_LOG_LEVEL", "warn",
                "VERTIFORM_LOG_COLOR", "never"));
        assertThat(console.format()).isEqualTo(LogFormat.CONSOLE);
        assertThat(console.level()).isEqualTo(Level.WARN);
        assertThat(console.color()).isFalse();
        assertThat(LogSettings.fromEnvironment(Map.of()).level()).isEqualTo(Level.INFO);
    }

    @Test
    void colourRules() {
        assertThat(Terminal.colorEnabled("always", Map.of("NO_COLOR", "1"))).isTrue();
        assertThat(Terminal.colorEnabled("auto", Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Terminal.colorEnabled("auto", Map.of("TERM", "dumb"))).isFalse();
        assertThat(Terminal.colorEnabled("never", Map.of())).isFalse();
    }

    @Test
    void levelThresholds() {
        assertThat(Level.INFO.admits(Level.WARN)).isTrue();
        assertThat(Level.INFO.admits(Level.DEBUG)).isFalse();
        assertThat(Level.OFF.admits(Level.ERROR)).isFalse();
        assertThat(Level.TRACE.admits(Level.OFF)).isFalse();
    }
}
