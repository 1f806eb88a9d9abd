package io.vertiform.tests.hcl;

import io.vertiform.hcl.tools.FileSummary;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code .tf} and {@code .hcl} file in the repository (build output excluded) summarised three ways: by hcl
 * v2 ({@code hcl-oracle summary FILE...}), by {@code java -jar vertiform.jar hcl summary FILE...} (the command
 * outside checks run over large corpora), and in process. All three must print identical lines.
 */
class HclRepoFilesTest {

    @Test
    void summaryCommandMatchesHclV2OnEveryRepositoryFile() throws Exception {
        Path root = HclTools.root();
        List<String> files = hclFiles(root);
        // The spec suite's inputs make sure the comparison is never empty, even in a repository without .tf files.
        assertThat(files).as("HCL files under %s", root).isNotEmpty();
        List<String> oracleCmd = new ArrayList<>(List.of(HclTools.oracleBinary().toString(), "summary"));
        oracleCmd.addAll(files);
        HclTools.Output go = HclTools.run(oracleCmd, root, null);
        assertThat(go.exit()).as(go.stderr()).isZero();

        List<String> javaCmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", HclTools.jar().toString(), "hcl", "summary"));
        javaCmd.addAll(files);
        HclTools.Output java = HclTools.run(javaCmd, root, null);
        assertThat(java.exit()).as(java.stderr()).isZero();

        StringBuilder inProcess = new StringBuilder();
        for (String f : files) {
            inProcess.append(FileSummary.line(f, Files.readAllBytes(root.resolve(f)))).append('\n');
        }
        System.err.printf("hcl summary: %d repository files compared%n", files.size());
        assertThat(java.stdout()).isEqualTo(go.stdout());
        assertThat(inProcess.toString()).isEqualTo(go.stdout());
    }

    /** Relative paths of .tf and .hcl files, skipping build output, VCS data and Go caches. */
    static List<String> hclFiles(Path root) throws IOException {
        List<String> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(root) && (name.startsWith("target") || name.startsWith(".")
                        || name.equals("node_modules") || name.equals("gocache") || name.equals("gopath"));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isRegularFile() && (name.endsWith(".tf") || name.endsWith(".hcl"))) {
                    files.add(root.relativize(file).toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
