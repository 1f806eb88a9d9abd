package io.vertiform.tools.flavorpack.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.tools.flavorpack.build.Packager;
import io.vertiform.tools.flavorpack.build.RuntimeMode;
import io.vertiform.tools.flavorpack.fixture.Launch;
import io.vertiform.tools.flavorpack.fixture.PackageFixture;
import io.vertiform.tools.flavorpack.fixture.Tamper;
import io.vertiform.tools.flavorpack.verify.PackageVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher stub inside a real package (system runtime, no start-up archive, so one pack takes about a
 * second): it runs the application, caches the extraction, and refuses tampered files before running anything.
 */
class PackedLauncherTest {

    private static final String HANDSHAKE = "1|6|unix|/tmp/fixture.sock|grpc|";

    @TempDir
    static Path shared;

    static Path packageFile;
    static Tamper tamper;

    @TempDir
    Path dir;

    @BeforeAll
    static void pack() {
        Packager.Result result = PackageFixture.pack(shared, RuntimeMode.SYSTEM, false);
        packageFile = result.written().file();
        tamper = new Tamper(packageFile);
    }

    @Test
    void runsTheApplicationWithTheDefaultArgumentsAndOnlyItsOutputOnStdout() throws IOException {
        Launch.Outcome run = Launch.of(packageFile, dir.resolve("cache")).run();
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo(HANDSHAKE + "\n");
        assertThat(run.stderr()).contains("package=" + packageFile.toRealPath(), "workenv=" + dir.resolve("cache"));
    }

    @Test
    void forwardsTheCallersArgumentsInsteadOfTheDefaults() {
        Launch.Outcome run = Launch.of(packageFile, dir.resolve("cache")).args("echo", "a b", "c").run();
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("args:a b,c\n");
    }

    @Test
    void secondStartReusesTheVerifiedExtraction() throws IOException {
        Path cache = dir.resolve("cache");
        Launch.Outcome first = Launch.of(packageFile, cache).env("VERTIFORM_LAUNCHER_DEBUG", "1").run();
        Launch.Outcome second = Launch.of(packageFile, cache).env("VERTIFORM_LAUNCHER_DEBUG", "1").run();
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stderr()).contains("slots verified", "extracted");
        assertThat(second.exitCode()).as(second.stderr()).isZero();
        assertThat(second.stderr()).contains("warm start").doesNotContain("slots verified", "extracted");
        Path packages = cache.resolve("vertiform/packages");
        try (var entries = Files.list(packages)) {
            assertThat(entries.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".lock")))
                    .hasSize(1).allMatch(n -> n.matches("[0-9a-f]{24}"));
        }
    }

    @Test
    void aChangedPackageFileIsVerifiedAgainBeforeItsCacheIsUsed() throws IOException {
        Path cache = dir.resolve("cache");
        Path copy = dir.resolve("copy/terraform-provider-fixture");
        Files.createDirectories(copy.getParent());
        Files.copy(packageFile, copy);
        assertThat(Launch.of(copy, cache).run().exitCode()).isZero();
        // Same bytes, but the same file is rewritten in place: its ctime changes, so the launcher re-verifies.
        Files.write(copy, Files.readAllBytes(tamper.flipConsistently(tamper.signatureByte(), dir.resolve("bad"))));
        Launch.Outcome run = Launch.of(copy, cache).run();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("refusing to run", "metadata signature is invalid");
    }

    @Test
    void refusesAFlippedMetadataByte() {
        assertRefused(tamper.flip(tamper.metadataByte(), dir.resolve("m")), "metadata checksum mismatch");
        assertRefused(tamper.flipConsistently(tamper.metadataByte(), dir.resolve("mc")),
                "metadata");
    }

    @Test
    void refusesAFlippedByteInEverySlot() {
        for (int i = 0; i < tamper.slotCount(); i++) {
            assertRefused(tamper.flip(tamper.slotByte(i), dir.resolve("s" + i)), "slot " + i + ": checksum mismatch");
            // With the descriptor checksum repaired, the signed metadata still disagrees.
            assertRefused(tamper.flipConsistently(tamper.slotByte(i), dir.resolve("sc" + i)),
                    "slot " + i + ": descriptor differs from the signed metadata");
        }
    }

    @Test
    void refusesAFlippedSignatureByte() {
        assertRefused(tamper.flip(tamper.signatureByte(), dir.resolve("g")), "index checksum mismatch");
        assertRefused(tamper.flipConsistently(tamper.signatureByte(), dir.resolve("gc")),
                "metadata signature is invalid");
        assertRefused(tamper.flipConsistently(tamper.signatureTailByte(), dir.resolve("gt")),
                "signature field holds bytes");
    }

    @Test
    void theOptOutRunsATamperedPackageAndKeepsItsCacheApart() throws IOException {
        Path bad = tamper.flipConsistently(tamper.signatureByte(), dir.resolve("bad"));
        Path cache = dir.resolve("cache");
        Launch.Outcome run = Launch.of(bad, cache).env("VERTIFORM_VERIFICATION", "none").run();
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo(HANDSHAKE + "\n");
        assertThat(run.stderr()).contains("verification is disabled");
        try (var entries = Files.list(cache.resolve("vertiform/packages"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-unverified"));
        }
        // The opted-out extraction never makes the same file acceptable to a strict launch.
        assertRefused(bad, "metadata signature is invalid", cache);
    }

    @Test
    void anUnknownPolicyIsRefusedRatherThanGuessed() {
        Launch.Outcome run = Launch.of(packageFile, dir.resolve("cache")).env("VERTIFORM_VERIFICATION", "lax").run();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("VERTIFORM_VERIFICATION must be strict, always or none");
    }

    @Test
    void alwaysReverifiesEveryStart() {
        Path cache = dir.resolve("cache");
        Launch.of(packageFile, cache).run();
        Launch.Outcome run = Launch.of(packageFile, cache).env("VERTIFORM_VERIFICATION", "always")
                .env("VERTIFORM_LAUNCHER_DEBUG", "1").run();
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("slots verified").doesNotContain("extracted");
    }

    @Test
    void fourConcurrentFirstLaunchesAllSucceed() throws Exception {
        Path cache = dir.resolve("cache");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            processes.add(Launch.of(packageFile, cache).start(dir.resolve("out" + i), dir.resolve("err" + i)));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(processes.get(i).waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(dir.resolve("err" + i), StandardCharsets.UTF_8);
            assertThat(processes.get(i).exitValue()).as(err).isZero();
            assertThat(Files.readString(dir.resolve("out" + i))).isEqualTo(HANDSHAKE + "\n");
        }
        try (var entries = Files.list(cache.resolve("vertiform/packages"))) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains(".tmp."));
        }
    }

    @Test
    void theJavaVerifierAgreesWithTheLauncher() {
        assertThat(PackageVerifier.verify(packageFile).problems()).isEmpty();
        assertThat(PackageVerifier.verify(tamper.flipConsistently(tamper.slotByte(0), dir.resolve("x"))).verified())
                .isFalse();
    }

    private void assertRefused(Path file, String reason) {
        assertRefused(file, reason, dir.resolve("cache-" + file.getFileName()));
    }

    private static void assertRefused(Path file, String reason, Path cache) {
        Launch.Outcome run = Launch.of(file, cache).run();
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).contains("refusing to run", reason);
        assertThat(PackageVerifier.verify(file).verified()).as("verify " + file).isFalse();
    }
}
