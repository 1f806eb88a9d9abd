package io.vertiform.tests.hcl;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * hcl's own conformance suite: Debian's {@code cmd/hclspecsuite} runner (built here in GOPATH mode) drives
 * {@code java -jar vertiform.jar hcldec} through every test under {@code specsuite/tests}, exactly as it drives
 * the Go {@code hcldec}. It prints each test's name when it starts and again when it ends, and exits non-zero on
 * any problem.
 */
class HclSpecSuiteTest {

    @Test
    void allSpecSuiteTestsPass() throws Exception {
        Path tests = HclTools.HCL_SOURCES.resolve("specsuite/tests");
        if (!Files.isDirectory(tests)) {
            HclTools.missing("hcl spec suite not found at " + tests
                    + " (apt-get install golang-github-hashicorp-hcl-v2-dev)");
        }
        Path runner = HclTools.goCommand("hclspecsuite");
        Path work = Files.createTempDirectory("hclspecsuite");
        Path hcldec = HclTools.jarWrapper(work, "hcldec");
        HclTools.Output out = HclTools.run(List.of(runner.toString(), tests.toString(), hcldec.toString()), work, null);

        Set<String> names = new TreeSet<>();
        for (String line : out.stdout().split("\n")) {
            if (line.startsWith("- ")) {
                names.add(line.substring(2));
            }
        }
        long expected;
        try (var files = Files.walk(tests)) {
            expected = files.filter(p -> p.toString().endsWith(".t")).count();
        }
        System.err.printf("hclspecsuite: %d/%d tests, exit %d%n", out.exit() == 0 ? names.size() : 0, expected,
                out.exit());
        assertThat(out.exit()).as("hclspecsuite problems:\n%s", out.stderr()).isZero();
        assertThat(out.stderr()).isBlank();
        assertThat(names).hasSize((int) expected).contains("expressions/operators", "structure/blocks/single_unclosed");
    }
}
