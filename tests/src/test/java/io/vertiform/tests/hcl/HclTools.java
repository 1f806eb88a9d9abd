package io.vertiform.tests.hcl;

import io.vertiform.tests.support.BatchOracle;
import io.vertiform.tests.support.RepoPaths;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Where the HCL conformance tests find their peers: the repository root, the Go oracle directory
 * ({@code -Dvertiform.oracle.dir}, as tests/run.sh sets it), the packaged {@code vertiform.jar}, and Go programs
 * from Debian's hcl v2 sources built on demand in GOPATH mode. A missing peer fails the test when {@code CI=true}
 * and skips it loudly otherwise.
 */
final class HclTools {
    static final String ORACLE_DIR_PROPERTY = BatchOracle.DIR_PROPERTY;
    static final Path HCL_SOURCES = Path.of("/usr/share/gocode/src/github.com/hashicorp/hcl/v2");

    private HclTools() {
    }

    static Path root() {
        return RepoPaths.root();
    }

    static boolean inCi() {
        return RepoPaths.inCi();
    }

    /** Fails (CI) or skips loudly (elsewhere). */
    static void missing(String message) {
        if (inCi()) {
            Assertions.fail("CI=true and " + message);
        }
        System.err.println("\n!!!!!!!!!! SKIPPED: " + message + " !!!!!!!!!!\n");
        Assumptions.abort(message);
    }

    static Path oracleBinary() {
        Path bin = BatchOracle.binary("hcl-oracle");
        if (!Files.isExecutable(bin)) {
            missing("Go oracle not found at " + bin + " (build it with verticles/tools/tofusoup/oracle/build.sh, "
                    + "or point -D" + ORACLE_DIR_PROPERTY + " at its bin directory)");
        }
        return bin;
    }

    static Path jar() {
        Path jar = RepoPaths.vertiformJar();
        if (!Files.isRegularFile(jar)) {
            missing("vertiform.jar not found at " + jar + " (run mvn verify, or set -Dvertiform.jar)");
        }
        return jar;
    }

    /**
     * Builds a command of Debian's hcl v2 ({@code cmd/NAME}) with Go in GOPATH mode into this module's build
     * directory, once; returns the binary.
     */
    static synchronized Path goCommand(String name) throws IOException, InterruptedException {
        Path src = HCL_SOURCES.resolve("cmd").resolve(name);
        if (!Files.isDirectory(src)) {
            missing("hcl v2 sources not found at " + src + " (apt-get install golang-github-hashicorp-hcl-v2-dev)");
        }
        Path out = root().resolve("tests").resolve(System.getProperty("vf.target", "target")).resolve("go-bin");
        Path bin = out.resolve(name);
        if (Files.isExecutable(bin)) {
            return bin;
        }
        Files.createDirectories(out);
        ProcessBuilder pb = new ProcessBuilder("go", "build", "-o", bin.toString(),
                "github.com/hashicorp/hcl/v2/cmd/" + name)
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("GO111MODULE", "off");
        env.put("GOPATH", "/usr/share/gocode");
        env.put("GOFLAGS", "");
        env.put("CGO_ENABLED", "0");
        env.putIfAbsent("GOCACHE", out.resolve("gocache").toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            missing("Go is not installed (apt-get install golang-go): " + e.getMessage());
            throw e;
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            Assertions.fail("go build of hcl's cmd/" + name + " failed:\n" + log);
        }
        return bin;
    }

    /** A shell script running {@code vertiform.jar} with the given subcommand, for harnesses that want a binary. */
    static Path jarWrapper(Path dir, String subcommand) throws IOException {
        Path script = dir.resolve("vertiform-" + subcommand);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(script, "#!/bin/sh\nexec " + java + " -XX:TieredStopAtLevel=1 -jar '" + jar() + "' "
                + subcommand + " \"$@\"\n");
        script.toFile().setExecutable(true);
        return script;
    }

    record Output(int exit, String stdout, String stderr) {
    }

    static Output run(List<String> command, Path dir, byte[] stdin) throws IOException, InterruptedException {
        Path err = Files.createTempFile("hcl-test", ".err");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(err.toFile()).start();
            if (stdin != null) {
                p.getOutputStream().write(stdin);
            }
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                Assertions.fail("timed out: " + command);
            }
            return new Output(p.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
