package io.vertiform.launcher.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The package commands end to end on one real package (system runtime, no start-up archive: about a second to
 * pack), signed with a key made by {@code keygen}.
 */
class PackCommandsTest {

    @TempDir
    static Path shared;

    static Path packageFile;
    static Path keys;

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run run(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void packWithAGeneratedKey() throws Exception {
        keys = shared.resolve("keys");
        Run keygen = run(new KeygenCommand(), "--out-dir", keys.toString());
        assertThat(keygen.exitCode()).as(keygen.err()).isZero();
        packageFile = shared.resolve("dist/terraform-provider-vertiform_v1.0.0");
        Run pack = run(new PackCommand(), "--runtime", "system", "--no-startup-archive", "--jar", appJar().toString(),
                "--main-class", PackedMain.class.getName(), "--provider-version", "1.0.0",
                "--key", keys.resolve("provider-private.key").toString(), "--output", packageFile.toString());
        assertThat(pack.exitCode()).as(pack.err()).isZero();
        assertThat(pack.out()).contains("packed " + packageFile, "linux_amd64", "slots: app", "start-up archive: none")
                .doesNotContain("fresh key");
    }

    private static Path appJar() throws IOException, URISyntaxException {
        Path classes = Path.of(PackedMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String entry = PackedMain.class.getName().replace('.', '/') + ".class";
        Path jar = shared.resolve("packed-main.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry(entry));
            out.write(Files.readAllBytes(classes.resolve(entry)));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void keygenWritesAnOwnerOnlyPrivateKey() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("provider-private.key"))))
                .isEqualTo("rw-------");
        assertThat(keys.resolve("provider-public.key")).isRegularFile();
        Run again = run(new KeygenCommand(), "--out-dir", keys.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("key file exists", "--force");
    }

    @Test
    void thePackedFileRunsTheApplicationWithTheDefaultProviderArgument() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(packageFile.toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).isZero();
        assertThat(out).isEqualTo("1|6|unix|/tmp/packed-main.sock|grpc|provider\n");
    }

    @Test
    void verifyAcceptsThePackageWithItsEmbeddedAndTrustedKeyButNotAnother() {
        Run embedded = run(new VerifyCommand(), packageFile.toString());
        assertThat(embedded.exitCode()).as(embedded.err()).isZero();
        assertThat(embedded.out()).contains("verified", "terraform-provider-vertiform 1.0.0", "embedded key");
        Run trusted = run(new VerifyCommand(), packageFile.toString(), "--key",
                keys.resolve("provider-public.key").toString());
        assertThat(trusted.exitCode()).as(trusted.err()).isZero();
        assertThat(trusted.out()).contains("(trusted key)");
        run(new KeygenCommand(), "--out-dir", dir.toString(), "--name", "other");
        Run other = run(new VerifyCommand(), packageFile.toString(), "--key", dir.resolve("other-public.key").toString());
        assertThat(other.exitCode()).isEqualTo(1);
        assertThat(other.err()).contains("failed verification", "not the trusted key");
    }

    @Test
    void verifyFailsOnAFlippedByte() throws IOException {
        Path copy = dir.resolve("copy");
        Files.copy(packageFile, copy);
        try (RandomAccessFile f = new RandomAccessFile(copy.toFile(), "rw")) {
            long at = f.length() - 8196 - 4 - 100;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(~b & 0xFF);
        }
        Run run = run(new VerifyCommand(), copy.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("failed verification", "checksum mismatch");
    }

    @Test
    void inspectShowsATableAndJson() throws IOException {
        Run table = run(new InspectCommand(), packageFile.toString());
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("terraform-provider-vertiform 1.0.0 (linux_amd64)", "valid", "app",
                "{workenv}/app", "default     provider");
        Run json = run(new InspectCommand(), packageFile.toString(), "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.at("/index/format_version").asText()).isEqualTo("0x20250001");
        assertThat(root.at("/index/signature_valid").asBoolean()).isTrue();
        assertThat(root.at("/index/package_size").asLong()).isEqualTo(Files.size(packageFile));
        assertThat(root.at("/slots/0/operations").asText()).isEqualTo("tar");
        assertThat(root.at("/metadata/package/name").asText()).isEqualTo("terraform-provider-vertiform");
        assertThat(root.at("/metadata/execution/default_args/0").asText()).isEqualTo("provider");
    }

    @Test
    void extractUnpacksEverySlotAfterVerifying() throws IOException {
        Path out = dir.resolve("out");
        Run run = run(new ExtractCommand(Map.of()), packageFile.toString(), out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("extracted 1 files", "from 1 slots");
        assertThat(out.resolve("app/packed-main.jar")).isRegularFile();
        Run again = run(new ExtractCommand(Map.of()), packageFile.toString(), out.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("not empty");
        assertThat(run(new ExtractCommand(Map.of()), packageFile.toString(), out.toString(), "--force").exitCode())
                .isZero();
    }

    @Test
    void installPlacesThePackageInTheMirrorAndPrintsBothConfigurations() {
        Path mirror = dir.resolve("mirror");
        Map<String, String> env = new HashMap<>();
        env.put("HOME", dir.resolve("home").toString());
        Run run = run(new InstallCommand(env), "--mirror", mirror.toString(), "--package", packageFile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path installed = mirror.resolve("local/vertiform/vertiform/1.0.0/linux_amd64/terraform-provider-vertiform_v1.0.0");
        assertThat(installed).isExecutable();
        assertThat(run.out()).contains("installed " + installed, "source  = \"local/vertiform/vertiform\"",
                "filesystem_mirror", "dev_overrides", "~/.tofurc", "~/.terraformrc");

        Run implied = run(new InstallCommand(env), "--package", packageFile.toString());
        assertThat(implied.exitCode()).as(implied.err()).isZero();
        assertThat(dir.resolve("home/.terraform.d/plugins/local/vertiform/vertiform/1.0.0/linux_amd64")).isDirectory();
        assertThat(implied.out()).contains("implied local mirror");
    }

    @Test
    void installRunFromInsideAPackageInstallsThatPackage() {
        Map<String, String> env = Map.of("HOME", dir.toString(), "VERTIFORM_PACKAGE", packageFile.toString());
        Run run = run(new InstallCommand(env), "--mirror", dir.resolve("m").toString(), "--host", "example.com",
                "--namespace", "acme");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("m/example.com/acme/vertiform/1.0.0/linux_amd64")).isDirectory();
    }
}
