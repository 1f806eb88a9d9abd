package io.vertiform.tests.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.tests.support.PluginOracle;
import io.vertiform.tests.support.RepoPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code vertiform provider}, launched and driven by tofusoup's {@code plugin-oracle}: Debian's
 * go-plugin 1.0.1 client with AutoMTLS and Terraform's cookie (protocols 5 and 6, unix and TCP), every RPC of
 * both protocols, grpc-go checks of the handshake line, stdout, side services, signals and Shutdown, and
 * 16 concurrent clients × 1,000 PlanResourceChange calls. Missing oracle or jar: fails when {@code CI=true},
 * skipped loudly otherwise (same rules as the cty conformance tests).
 */
class PluginOracleTest {

    @Test
    void goPluginHostAcceptsTheProviderLikeTerraformDoes() throws Exception {
        Path jar = PluginOracle.required(RepoPaths.vertiformJar(), "run mvn verify, or set -Dvertiform.jar");
        // full JIT, unlike the lifecycle runs: the load check sends 16,000 plans
        List<String> args = List.of("--", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-jar", jar.toString(), "provider",
                "--echo-resource", "vf_echo");
        String report = PluginOracle.runChecked(args, Map.of(), Duration.ofMinutes(15), 180);
        assertThat(report).contains("PASS load: 16 clients x 1000 PlanResourceChange");
    }
}
