package io.vertiform.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.vertiform.launcher.demo.terraform.TerraformBinary;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code vertiform demo} with the real {@code terraform}/{@code tofu} from the PATH (acceptance tests only:
 * {@code TF_ACC=1}), offline: the provider comes from the demo's filesystem mirror.
 */
class TerraformPathTest {

    @Test
    void quickstartRunsThroughTerraform(@TempDir Path work) {
        assumeTrue("1".equals(System.getenv("TF_ACC")), "TF_ACC=1 not set");
        assumeTrue(TerraformBinary.find(System.getenv()).isPresent(), "no terraform or tofu on PATH");

        DemoRun run = DemoRun.of(System.getenv(), "--no-pack", "--work-dir", work.toString(),
                "--example", DemoRun.quickstart().toString(), "--provider-version", "0.1.0");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.step("terraform init")).contains("Installed local/vertiform/vertiform v0.1.0");
        assertThat(run.step("terraform apply\n")).contains("Apply complete! Resources: 3 added",
                "| Hello, Terraform!");
        assertThat(run.step("terraform apply -var greeting=Bonjour (update)"))
                .contains("Resources: 0 added, 2 changed, 0 destroyed", "| Bonjour, Terraform!");
        assertThat(run.step("terraform destroy")).contains("Resources: 3 destroyed",
                "(no files besides the configuration)");
    }
}
