package io.vertiform.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vertiform demo} down the plugin-client path, end to end: the unpacked provider installed into a
 * filesystem mirror, launched three times by our client like Terraform launches it, with the quickstart example
 * applied, updated and destroyed. Files are checked through what each step printed and on disk at the end.
 */
class DemoClientPathTest {

    @TempDir
    Path work;

    @Test
    void quickstartIsAppliedUpdatedAndDestroyed() throws Exception {
        DemoRun run = DemoRun.of(Map.of("PATH", ""), "--no-pack", "--work-dir", work.toString(),
                "--example", DemoRun.quickstart().toString(), "--provider-version", "0.1.0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        Path executable = work.resolve("mirror/local/vertiform/vertiform/0.1.0/" + platform()
                + "/terraform-provider-vertiform_v0.1.0");
        assertThat(executable).isExecutable();
        assertThat(run.step("run it with")).contains("(no terraform or tofu on PATH)");

        String apply = run.step("client: apply\n");
        assertThat(apply).contains("plugin protocol 6", "vertiform_local_directory.site will be created",
                "+ content      = \"Hello, Terraform!\\n\"", "| Hello, Terraform!", "| HELLO FROM A JAVA PROVIDER",
                "hello_hash = \"" + sha256("Hello, Terraform!\n") + "\"");
        assertThat(apply.indexOf("vertiform_local_directory.site: Creation complete"))
                .as("the directory before the files that refer to it").isLessThan(
                        apply.indexOf("vertiform_file_content.hello: Creation complete"));

        String update = run.step("client: apply -var greeting=Bonjour (update)");
        assertThat(update).contains("vertiform_file_content.hello will be updated in-place",
                "~ content      = \"Hello, Terraform!\\n\" -> \"Bonjour, Terraform!\\n\"",
                "vertiform_local_directory.site: no changes", "| Bonjour, Terraform!",
                "| BONJOUR FROM A JAVA PROVIDER", "hello_hash = \"" + sha256("Bonjour, Terraform!\n") + "\"")
                .doesNotContain("| Hello, Terraform!");

        String destroy = run.step("client: destroy");
        assertThat(destroy).contains("vertiform_file_content.hello will be destroyed", "Destruction complete",
                "state holds 0 resources", "(no files besides the configuration)");
        assertThat(destroy.indexOf("vertiform_file_content.shout: Destruction complete")).as("dependents first")
                .isLessThan(destroy.indexOf("vertiform_local_directory.site: Destruction complete"));
        assertThat(work.resolve("run/quickstart-output")).doesNotExist();
        assertThat(work.resolve("run/main.tf")).exists();
    }

    @Test
    void withoutACompilerItSaysSoLoudlyAndGoesOnUnpacked() throws Exception {
        Path example = work.resolve("example");
        Files.createDirectories(example);
        Files.writeString(example.resolve("main.tf"), """
                variable "greeting" {
                  default = "hi"
                }
                variable "secret" {
                  type      = string
                  default   = "s3cr3t-value"
                  sensitive = true
                }
                resource "vertiform_file_content" "note" {
                  filename = "${var.greeting}.txt"
                  content  = var.secret
                }
                """);

        DemoRun run = DemoRun.of(Map.of("PATH", ""), "--cc", "no-such-compiler-for-the-demo",
                "--work-dir", work.resolve("w").toString(), "--example", example.toString(),
                "--provider-version", "2.0.0", "--update", "greeting=renamed");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).contains("CANNOT PACK", "a C compiler (no-such-compiler-for-the-demo)",
                "sudo apt-get install -y gcc libssl-dev zlib1g-dev", "UNPACKED provider");
        String apply = run.step("client: apply\n");
        assertThat(apply).contains("+ content      = (sensitive value)", "      content      = (sensitive value)");
        assertThat(run.out().lines().filter(l -> l.contains("s3cr3t-value")))
                .as("the secret shows only in the example's text and as the content of the file the provider wrote")
                .hasSize(3).allMatch(l -> l.equals("      | s3cr3t-value") || l.contains("default   = "));
        assertThat(run.step("client: destroy")).contains("- content      = (sensitive value) -> null");
        String update = run.step("client: apply -var greeting=renamed (update)");
        assertThat(update).contains("vertiform_file_content.note must be replaced",
                "~ filename     = \"hi.txt\" -> \"renamed.txt\"", "renamed.txt (12 bytes)")
                .doesNotContain("hi.txt (12 bytes)");
        assertThat(run.step("done")).contains("unpacked provider local/vertiform/vertiform 2.0.0");
    }

    @Test
    void aConfigurationOutsideTheClientsSubsetIsRefusedWithItsLocation() throws Exception {
        Path example = work.resolve("example");
        Files.createDirectories(example);
        Files.writeString(example.resolve("main.tf"), "data \"vertiform_file_info\" \"x\" {\n  path = \"a\"\n}\n");

        DemoRun run = DemoRun.of(Map.of("PATH", ""), "--no-pack", "--work-dir", work.resolve("w").toString(),
                "--example", example.toString(), "--provider-version", "0.1.0");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("main.tf:1,1-5", "data");
    }

    private static String platform() {
        return io.vertiform.foundation.platform.Platform.current().terraformName();
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
