package io.vertiform.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackPrerequisitesTest {

    @Test
    void aMissingCompilerMissesEverythingWithTheAptPackages() {
        List<PackPrerequisites.Missing> missing = PackPrerequisites.check("no-such-cc-anywhere");

        assertThat(missing).extracting(PackPrerequisites.Missing::what)
                .containsExactly("a C compiler (no-such-cc-anywhere)", "<openssl/evp.h>", "<zlib.h>");
        assertThat(PackPrerequisites.aptCommand(missing)).isEqualTo("sudo apt-get install -y gcc libssl-dev zlib1g-dev");
    }

    @Test
    void aCompilerThatCannotFindAHeaderNamesItsPackage(@TempDir Path dir) throws Exception {
        // a "compiler" that runs but finds only zlib.h
        Path cc = dir.resolve("cc");
        Files.writeString(cc, "#!/bin/sh\n[ \"$1\" = --version ] && exit 0\ngrep -q zlib.h\n");
        cc.toFile().setExecutable(true);

        List<PackPrerequisites.Missing> missing = PackPrerequisites.check(cc.toString());

        assertThat(missing).containsExactly(new PackPrerequisites.Missing("<openssl/evp.h>", "libssl-dev"));
    }

    @Test
    void theUnpackedWrapperExecsThisJvm(@TempDir Path dir) throws Exception {
        Path script = UnpackedProvider.write(dir.resolve("bin/terraform-provider-x_v1.0.0"));

        assertThat(script).isExecutable();
        String text = Files.readString(script);
        assertThat(text).startsWith("#!/bin/sh\n").contains("exec '" + System.getProperty("java.home") + "/bin/java'")
                .endsWith("'io.vertiform.launcher.pack.PackagedMain' 'provider'\n");
        assertThat(UnpackedProvider.shellQuote("it's")).isEqualTo("'it'\\''s'");
    }
}
