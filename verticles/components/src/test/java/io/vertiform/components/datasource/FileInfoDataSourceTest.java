package io.vertiform.components.datasource;

import static io.vertiform.components.datasource.EnvVariablesDataSourceTest.errorPaths;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, FileInfoDataSource.class})
class FileInfoDataSourceTest {

    @Test
    void describesARegularFileRelativeToTheSessionsWorkingDirectory(ProviderClient client) throws IOException {
        Path file = Path.of(client.workingDirectory()).resolve("conf/settings.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"a\":1}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-02-03T04:05:06Z")));

        CtyValue v = client.readDataSource("vertiform_file_info", Map.of("path", "conf/settings.json")).orFail("read").value();
        assertThat(v.getAttr("path").asString()).isEqualTo("conf/settings.json");
        assertThat(v.getAttr("exists")).isEqualTo(CtyValue.TRUE);
        assertThat(v.getAttr("is_file")).isEqualTo(CtyValue.TRUE);
        assertThat(v.getAttr("is_dir")).isEqualTo(CtyValue.FALSE);
        assertThat(v.getAttr("is_symlink")).isEqualTo(CtyValue.FALSE);
        assertThat(v.getAttr("size")).isEqualTo(CtyValue.numberIntVal(7));
        assertThat(v.getAttr("permissions").asString()).isEqualTo("0640");
        assertThat(v.getAttr("modified_time").asString()).isEqualTo("2024-02-03T04:05:06Z");
        assertThat(OffsetDateTime.parse(v.getAttr("access_time").asString())).isNotNull();
        assertThat(v.getAttr("mime_type").asString()).isEqualTo("application/json");
        assertThat(v.getAttr("owner").asString()).isEqualTo(Files.getOwner(file).getName());
    }

    @Test
    void directoriesLinksAndMissingPaths(ProviderClient client) throws IOException {
        Path cwd = Path.of(client.workingDirectory());
        Files.createDirectories(cwd.resolve("dir"));
        Files.createSymbolicLink(cwd.resolve("link"), cwd.resolve("dir"));
        Files.createSymbolicLink(cwd.resolve("dangling"), cwd.resolve("nowhere"));

        CtyValue dir = client.readDataSource("vertiform_file_info", Map.of("path", cwd.resolve("dir").toString()))
                .orFail("dir").value();
        assertThat(dir.getAttr("is_dir")).isEqualTo(CtyValue.TRUE);
        assertThat(dir.getAttr("mime_type").isNull()).isTrue();

        CtyValue link = client.readDataSource("vertiform_file_info", Map.of("path", "link")).orFail("link").value();
        assertThat(link.getAttr("is_symlink")).isEqualTo(CtyValue.TRUE);
        assertThat(link.getAttr("is_dir")).isEqualTo(CtyValue.TRUE);

        CtyValue dangling = client.readDataSource("vertiform_file_info", Map.of("path", "dangling")).orFail("dangling").value();
        assertThat(dangling.getAttr("exists")).isEqualTo(CtyValue.FALSE);
        assertThat(dangling.getAttr("is_symlink")).isEqualTo(CtyValue.TRUE);

        CtyValue missing = client.readDataSource("vertiform_file_info", Map.of("path", "nope/none.txt")).orFail("missing").value();
        assertThat(missing.getAttr("exists")).isEqualTo(CtyValue.FALSE);
        assertThat(missing.getAttr("size")).isEqualTo(CtyValue.numberIntVal(0));
        assertThat(missing.getAttr("modified_time").isNull()).isTrue();
    }

    @Test
    void pathsThatCannotBeExaminedAreErrorsAtPath(ProviderClient client) throws IOException {
        Path cwd = Path.of(client.workingDirectory());
        Files.createSymbolicLink(cwd.resolve("loop-a"), cwd.resolve("loop-b"));
        Files.createSymbolicLink(cwd.resolve("loop-b"), cwd.resolve("loop-a"));
        Outcome loop = client.readDataSource("vertiform_file_info", Map.of("path", "loop-a"));
        assertThat(errorPaths(loop)).containsExactly("path");
        assertThat(loop.diagnostics().get(0).summary()).isEqualTo("Cannot read file information");
        assertThat(loop.diagnostics().get(0).detail()).contains("loop-a");

        assertThat(errorPaths(client.readDataSource("vertiform_file_info", Map.of("path", "n".repeat(5000)))))
                .containsExactly("path");
        assertThat(errorPaths(client.readDataSource("vertiform_file_info", Map.of("path", "bad\u0000name"))))
                .containsExactly("path");
        assertThat(errorPaths(client.readDataSource("vertiform_file_info", Map.of("path", "")))).containsExactly("path");
    }

    @Test
    void aPathBelowAFileIsAbsentOnEveryJdk(ProviderClient client) throws IOException {
        Files.writeString(Path.of(client.workingDirectory()).resolve("plain.txt"), "x");
        CtyValue v = client.readDataSource("vertiform_file_info", Map.of("path", "plain.txt/child")).orFail("read").value();
        assertThat(v.getAttr("exists")).isEqualTo(CtyValue.FALSE);
    }

    @Test
    void permissionDeniedIsAnErrorAtPath(ProviderClient client) throws IOException {
        assumeThat(System.getProperty("user.name")).as("root reads everything").isNotEqualTo("root");
        Path locked = Path.of(client.workingDirectory()).resolve("locked");
        Files.createDirectories(locked);
        Files.writeString(locked.resolve("secret"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Outcome o = client.readDataSource("vertiform_file_info", Map.of("path", "locked/secret"));
            assertThat(errorPaths(o)).containsExactly("path");
            assertThat(o.diagnostics().get(0).detail()).contains("Permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void relativePathsNeedAWorkingDirectory(ProviderClient client) {
        ProviderClient noCwd = client.harness().session(Map.of(), "");
        Outcome o = noCwd.readDataSource("vertiform_file_info", Map.of("path", "relative.txt"));
        assertThat(errorPaths(o)).containsExactly("path");
        assertThat(noCwd.readDataSource("vertiform_file_info", Map.of("path", "/")).orFail("absolute").value()
                .getAttr("is_dir")).isEqualTo(CtyValue.TRUE);
    }
}
