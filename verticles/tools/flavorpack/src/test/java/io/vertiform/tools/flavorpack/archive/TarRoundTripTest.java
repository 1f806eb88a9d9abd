package io.vertiform.tools.flavorpack.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.tools.flavorpack.format.OperationChain;
import io.vertiform.testkit.files.TempFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarRoundTripTest {

    @TempDir
    Path dir;

    private Path tree() throws IOException {
        TempFiles files = TempFiles.in(dir.resolve("src"));
        files.file("bin/java", "#!/bin/sh\n");
        Files.setPosixFilePermissions(files.resolve("bin/java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        files.file("lib/modules", "x".repeat(1000));
        files.bytes("empty", new byte[0]);
        files.file("a/" + "long-directory-name-".repeat(4) + "/" + "file-".repeat(19) + ".txt", "deep");
        files.dir("legal/empty-dir");
        return files.root();
    }

    @Test
    void writesSortedDeterministicEntriesAndReadsThemBack() throws IOException {
        Path src = tree();
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        TarWriter.writeTree(src, 1234, first);
        TarWriter.writeTree(src, 1234, second);
        assertThat(first.toByteArray()).isEqualTo(second.toByteArray());
        assertThat(first.size() % 512).isZero();

        TarReader reader = new TarReader(new ByteArrayInputStream(first.toByteArray()));
        List<String> names = new ArrayList<>();
        for (TarEntry e; (e = reader.next()) != null; ) {
            names.add(e.path() + (e.directory() ? "/" : ""));
            assertThat(e.mtime()).isEqualTo(1234);
            if (e.path().equals("bin/java")) {
                assertThat(e.executable()).isTrue();
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                reader.copyData(content);
                assertThat(content.toString(StandardCharsets.UTF_8)).isEqualTo("#!/bin/sh\n");
            }
            if (e.path().equals("lib/modules")) {
                assertThat(e.size()).isEqualTo(1000);
                assertThat(e.executable()).isFalse();
            }
        }
        assertThat(names).isSorted().contains("bin/", "bin/java", "empty", "legal/empty-dir/", "lib/modules")
                .anyMatch(n -> n.length() > 100);
    }

    @Test
    void gzipSlotsRoundTripAndReportBothSizes() throws IOException {
        Path src = tree();
        Path payload = dir.resolve("slot");
        SlotPayloads.Built built = SlotPayloads.build(src, OperationChain.TAR_GZ, 1, payload);
        assertThat(built.storedSize()).isEqualTo(Files.size(payload)).isLessThan(built.originalSize());
        byte[] head = Files.readAllBytes(payload);
        assertThat(head[0] & 0xFF).isEqualTo(0x1f);
        assertThat(head[4] | head[5] | head[6] | head[7]).as("gzip mtime").isZero();
        try (InputStream in = Files.newInputStream(payload)) {
            TarReader r = SlotPayloads.open(in, OperationChain.TAR_GZ);
            int count = 0;
            while (r.next() != null) {
                count++;
            }
            assertThat(count).isEqualTo(10);
        }
    }

    @Test
    void unsafePathsAndLinksAreRejected() {
        assertThatThrownBy(() -> SafePaths.check("../etc/passwd")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SafePaths.check("/abs")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SafePaths.check("a//b")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SafePaths.check("a/./b")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SafePaths.check("a\\b")).isInstanceOf(IOException.class);

        byte[] link = TarHeader.encode("evil", false, 0644, 0, 0);
        link[156] = '2';
        fixChecksum(link);
        byte[] stream = new byte[512 * 3];
        System.arraycopy(link, 0, stream, 0, 512);
        assertThatThrownBy(() -> new TarReader(new ByteArrayInputStream(stream)).next())
                .hasMessageContaining("unsupported tar entry type");

        byte[] climbing = TarHeader.encode("a/../../x", false, 0644, 0, 0);
        System.arraycopy(climbing, 0, stream, 0, 512);
        assertThatThrownBy(() -> new TarReader(new ByteArrayInputStream(stream)).next())
                .hasMessageContaining("unsafe path");
    }

    @Test
    void aCorruptHeaderIsRejected() {
        byte[] header = TarHeader.encode("file", false, 0644, 0, 0);
        header[10] ^= 1;
        byte[] stream = new byte[512 * 3];
        System.arraycopy(header, 0, stream, 0, 512);
        assertThatThrownBy(() -> new TarReader(new ByteArrayInputStream(stream)).next())
                .hasMessageContaining("checksum");
    }

    private static void fixChecksum(byte[] h) {
        long sum = TarHeader.checksum(h);
        byte[] digits = String.format("%06o", sum).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, h, 148, 6);
        h[154] = 0;
        h[155] = ' ';
    }
}
