package io.vertiform.tools.flavorpack.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.tools.flavorpack.build.Packager;
import io.vertiform.tools.flavorpack.build.RuntimeMode;
import io.vertiform.tools.flavorpack.build.StartupArchive;
import io.vertiform.tools.flavorpack.fixture.Launch;
import io.vertiform.tools.flavorpack.fixture.PackageFixture;
import io.vertiform.tools.flavorpack.metadata.PackageMetadata;
import io.vertiform.tools.flavorpack.verify.PackageVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one full pack: jlink runtime from the build JDK plus the start-up archive recorded in a training run. */
class JlinkPackageTest {

    @TempDir
    static Path shared;

    static Packager.Result result;

    @TempDir
    Path dir;

    @BeforeAll
    static void pack() {
        result = PackageFixture.pack(shared, RuntimeMode.JLINK, true);
    }

    @Test
    void carriesRuntimeApplicationAndStartupArchiveSlots() {
        PackageMetadata m = result.written().metadata();
        assertThat(m.slots()).extracting(s -> s.name() + ":" + s.operations() + ":" + s.target())
                .containsExactly("runtime:tar.gz:{workenv}/runtime", "app:tar:{workenv}/app",
                        "startup-archive:tar.gz:{workenv}/cache");
        assertThat(m.execution().argv()).startsWith("{workenv}/runtime/bin/java", "-Xlog:disable",
                "-Xlog:all=warning:stderr");
        assertThat(result.archive()).isIn(StartupArchive.AOT, StartupArchive.APPCDS);
        if (result.archive() == StartupArchive.AOT) {
            assertThat(m.execution().argv()).contains("-XX:AOTCache={workenv}/cache/app.aot");
        } else {
            assertThat(m.execution().setup()).hasSize(1);
        }
        assertThat(PackageVerifier.verify(result.written().file()).problems()).isEmpty();
    }

    @Test
    void runsOnItsOwnRuntimeWithTheArchiveAndNoJvmNoiseOnStdout() throws IOException {
        Path cache = dir.resolve("cache");
        Launch.Outcome first = Launch.of(result.written().file(), cache).env("JAVA_HOME", "/nonexistent").run();
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).isEqualTo("1|6|unix|/tmp/fixture.sock|grpc|\n");
        assertThat(first.stderr()).contains("java=" + cache.resolve("vertiform/packages"))
                .doesNotContain("warning");
        Path workenv;
        try (Stream<Path> s = Files.list(cache.resolve("vertiform/packages"))) {
            workenv = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(workenv.resolve("runtime/bin/java")).isExecutable();
        assertThat(workenv.resolve("app/fixture-app.jar")).isRegularFile();
        String archive = result.archive() == StartupArchive.AOT ? "cache/app.aot" : "cache/app.jsa";
        assertThat(workenv.resolve(archive)).isRegularFile();
        // Extraction restores the pack-time mtime that the start-up archive recorded for the jar.
        assertThat(Files.getLastModifiedTime(workenv.resolve("app/fixture-app.jar")).toMillis() / 1000)
                .isEqualTo(1_700_000_000L);

        Launch.Outcome warm = Launch.of(result.written().file(), cache).run();
        assertThat(warm.exitCode()).as(warm.stderr()).isZero();
        assertThat(warm.stdout()).isEqualTo("1|6|unix|/tmp/fixture.sock|grpc|\n");
    }

    @Test
    void theStartupArchiveIsAcceptedByTheExtractedRuntime() throws IOException {
        Path cache = dir.resolve("cache");
        Launch.of(result.written().file(), cache).run();
        Path workenv;
        try (Stream<Path> s = Files.list(cache.resolve("vertiform/packages"))) {
            workenv = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        String flag = result.archive() == StartupArchive.AOT
                ? "-XX:AOTCache=" + workenv.resolve("cache/app.aot")
                : "-XX:SharedArchiveFile=" + workenv.resolve("cache/app.jsa");
        // Xshare:on / AOTMode=on turn a rejected archive into a hard error instead of a silent slow start.
        String strict = result.archive() == StartupArchive.AOT ? "-XX:AOTMode=on" : "-Xshare:on";
        ProcessBuilder pb = new ProcessBuilder(workenv.resolve("runtime/bin/java").toString(), "-Xlog:disable",
                "-Xlog:all=warning:stderr", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", flag,
                strict, "-cp", workenv.resolve("app/fixture-app.jar").toString(),
                "io.vertiform.tools.flavorpack.fixture.HandshakeApp", "echo", "ok").redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.onExit().join().exitValue()).as(out).isZero();
        assertThat(out).isEqualTo("args:ok\n");
    }
}
