package io.vertiform.foundation.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlatformTest {

    @Test
    void javaNamesMapToTerraformNames() {
        assertThat(Platform.fromJava("Linux", "amd64").terraformName()).isEqualTo("linux_amd64");
        assertThat(Platform.fromJava("Linux", "aarch64").terraformName()).isEqualTo("linux_arm64");
        assertThat(Platform.fromJava("Mac OS X", "aarch64").terraformName()).isEqualTo("darwin_arm64");
        assertThat(Platform.fromJava("Mac OS X", "x86_64").terraformName()).isEqualTo("darwin_amd64");
        assertThat(Platform.fromJava("Windows 11", "amd64").terraformName()).isEqualTo("windows_amd64");
        assertThat(Platform.fromJava("Windows Server 2022", "x86").terraformName()).isEqualTo("windows_386");
        assertThat(Platform.fromJava("FreeBSD", "amd64").terraformName()).isEqualTo("freebsd_amd64");
        assertThat(Platform.fromJava("Linux", "arm").terraformName()).isEqualTo("linux_arm");
        assertThat(Platform.fromJava("SunOS", "amd64").terraformName()).isEqualTo("solaris_amd64");
    }

    @Test
    void parseRoundTrips() {
        for (OperatingSystem os : OperatingSystem.values()) {
            for (Architecture arch : Architecture.values()) {
                Platform p = new Platform(os, arch);
                assertThat(Platform.parse(p.terraformName())).isEqualTo(p);
            }
        }
        assertThat(Platform.parse("windows_amd64").executableSuffix()).isEqualTo(".exe");
        assertThat(Platform.parse("linux_amd64").executableSuffix()).isEmpty();
    }

    @Test
    void unknownsAreRejected() {
        assertThatThrownBy(() -> Platform.fromJava("Plan9", "amd64")).hasMessageContaining("Plan9");
        assertThatThrownBy(() -> Platform.fromJava("Linux", "mips")).hasMessageContaining("mips");
        assertThatThrownBy(() -> Platform.parse("linux")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Platform.parse("linux_sparc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void currentPlatformIsKnown() {
        assertThat(Platform.current().terraformName()).matches("[a-z]+_[a-z0-9]+");
    }
}
