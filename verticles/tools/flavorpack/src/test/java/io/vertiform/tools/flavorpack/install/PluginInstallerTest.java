package io.vertiform.tools.flavorpack.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.tools.flavorpack.PackException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginInstallerTest {

    @TempDir
    Path dir;

    @Test
    void placesTheExecutableInTheUnpackedMirrorLayout() throws IOException {
        Path pkg = Files.writeString(dir.resolve("terraform-provider-vertiform_v1.2.3"), "package bytes");
        ProviderAddress address = new ProviderAddress("local", "vertiform", "vertiform");
        PluginInstaller.Installed installed = PluginInstaller.install(pkg, address, "1.2.3", "linux_amd64",
                dir.resolve("mirror"));
        Path expected = dir.resolve("mirror/local/vertiform/vertiform/1.2.3/linux_amd64/terraform-provider-vertiform_v1.2.3");
        assertThat(installed.executable()).isEqualTo(expected);
        assertThat(expected).hasContent("package bytes");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(expected))).isEqualTo("rwxr-xr-x");
        assertThat(Files.isSymbolicLink(expected)).isFalse();
        try (var leftovers = Files.list(expected.getParent())) {
            assertThat(leftovers).hasSize(1);
        }
        // Installing again replaces the file in place.
        Files.writeString(pkg, "newer bytes");
        PluginInstaller.install(pkg, address, "1.2.3", "linux_amd64", dir.resolve("mirror"));
        assertThat(expected).hasContent("newer bytes");
    }

    @Test
    void snippetsNameTheSourceTheMirrorAndTheOverrideDirectory() throws IOException {
        Path pkg = Files.writeString(dir.resolve("p"), "x");
        PluginInstaller.Installed installed = PluginInstaller.install(pkg,
                new ProviderAddress("local", "vertiform", "vertiform"), "0.1.0", "linux_amd64", dir.resolve("m"));
        assertThat(CliConfigSnippets.requiredProviders(installed))
                .contains("vertiform = {", "source  = \"local/vertiform/vertiform\"", "version = \"0.1.0\"");
        assertThat(CliConfigSnippets.filesystemMirror(installed, dir.resolve("m")))
                .contains("filesystem_mirror {", "path    = \"" + dir.resolve("m") + "\"",
                        "include = [\"local/vertiform/vertiform\"]", "exclude = [\"local/vertiform/vertiform\"]");
        String dev = CliConfigSnippets.devOverrides(installed);
        assertThat(dev).contains("\"local/vertiform/vertiform\" = \"" + installed.packageDirectory() + "\"",
                "direct {}");
        assertThat(dev.indexOf("dev_overrides")).isLessThan(dev.indexOf("direct"));
        String all = CliConfigSnippets.all(installed, dir.resolve("m"), false);
        assertThat(all).contains("terraform", "tofu", ".tofurc", ".terraformrc");
    }

    @Test
    void defaultMirrorIsTheImpliedUserPluginDirectory() {
        assertThat(PluginInstaller.defaultMirror(Map.of("HOME", "/home/u"), Path.of("/x")))
                .isEqualTo(Path.of("/home/u/.terraform.d/plugins"));
        assertThat(PluginInstaller.defaultMirror(Map.of(), Path.of("/x"))).isEqualTo(Path.of("/x/.terraform.d/plugins"));
    }

    @Test
    void addressesAndVersionsAreValidated() throws IOException {
        assertThat(ProviderAddress.typeOf("terraform-provider-vertiform")).isEqualTo("vertiform");
        assertThatThrownBy(() -> ProviderAddress.typeOf("vertiform")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProviderAddress("local", "a/b", "c")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProviderAddress("Registry.Terraform.IO", "Vertiform", "vertiform").source())
                .isEqualTo("registry.terraform.io/vertiform/vertiform");
        Path pkg = Files.writeString(dir.resolve("p"), "x");
        assertThatThrownBy(() -> PluginInstaller.install(pkg, new ProviderAddress("local", "a", "b"), "latest",
                "linux_amd64", dir)).isInstanceOf(PackException.class).hasMessageContaining("semantic version");
    }
}
