package io.vertiform.foundation.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XdgDirsTest {

    @Test
    void defaultsUnderHome() {
        XdgDirs d = XdgDirs.resolve(Map.of("HOME", "/home/u"), Path.of("/fallback"), OperatingSystem.LINUX);
        assertThat(d.configHome()).isEqualTo(Path.of("/home/u/.config"));
        assertThat(d.cacheHome()).isEqualTo(Path.of("/home/u/.cache"));
        assertThat(d.dataHome()).isEqualTo(Path.of("/home/u/.local/share"));
        assertThat(d.stateHome()).isEqualTo(Path.of("/home/u/.local/state"));
        assertThat(d.vertiformConfig()).isEqualTo(Path.of("/home/u/.config/vertiform"));
        assertThat(d.vertiformCache()).isEqualTo(Path.of("/home/u/.cache/vertiform"));
    }

    @Test
    void environmentOverridesWinWhenAbsolute() {
        XdgDirs d = XdgDirs.resolve(Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/cfg", "XDG_CACHE_HOME", "/c",
                "XDG_DATA_HOME", "/d", "XDG_STATE_HOME", "relative/ignored"), Path.of("/f"), OperatingSystem.LINUX);
        assertThat(d.configHome()).isEqualTo(Path.of("/cfg"));
        assertThat(d.cacheHome()).isEqualTo(Path.of("/c"));
        assertThat(d.dataHome()).isEqualTo(Path.of("/d"));
        assertThat(d.stateHome()).isEqualTo(Path.of("/home/u/.local/state"));
        assertThat(d.vertiformState()).isEqualTo(Path.of("/home/u/.local/state/vertiform"));
        assertThat(d.vertiformData()).isEqualTo(Path.of("/d/vertiform"));
    }

    @Test
    void fallbackHomeWhenHomeIsUnset() {
        XdgDirs d = XdgDirs.resolve(Map.of(), Path.of("/fallback"), OperatingSystem.DARWIN);
        assertThat(d.configHome()).isEqualTo(Path.of("/fallback/.config"));
    }

    @Test
    void windowsUsesAppDataBeforeHomeDefaults() {
        XdgDirs d = XdgDirs.resolve(Map.of("USERPROFILE", "/users/u", "APPDATA", "/roaming",
                "LOCALAPPDATA", "/local"), Path.of("/f"), OperatingSystem.WINDOWS);
        assertThat(d.configHome()).isEqualTo(Path.of("/roaming"));
        assertThat(d.dataHome()).isEqualTo(Path.of("/roaming"));
        assertThat(d.cacheHome()).isEqualTo(Path.of("/local"));
        assertThat(d.stateHome()).isEqualTo(Path.of("/local"));
        XdgDirs bare = XdgDirs.resolve(Map.of("USERPROFILE", "/users/u"), Path.of("/f"), OperatingSystem.WINDOWS);
        assertThat(bare.configHome()).isEqualTo(Path.of("/users/u/.config"));
    }
}
