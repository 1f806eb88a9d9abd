package io.vertiform.testkit.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFilesTest {

    @Test
    void writesNestedFilesAndDirectories(@TempDir Path dir) throws Exception {
        TempFiles files = TempFiles.in(dir);
        Path conf = files.file("conf/vertiform.toml", "[hub]\nclustered = false\n");
        Path empty = files.dir("a/b");
        assertThat(Files.readString(conf)).isEqualTo("[hub]\nclustered = false\n");
        assertThat(empty).isDirectory().startsWith(dir.toAbsolutePath());
        assertThat(Files.readAllBytes(files.bytes("bin/x", new byte[] {1, 2}))).containsExactly(1, 2);
    }

    @Test
    void pathsMayNotEscapeTheRoot(@TempDir Path dir) {
        TempFiles files = TempFiles.in(dir);
        assertThatThrownBy(() -> files.file("../outside", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.file("a/../../outside", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> files.dir(".")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.exists(dir.resolve("../outside"))).isFalse();
    }
}
