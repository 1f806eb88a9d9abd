package io.vertiform.tests.components;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.tests.support.PluginOracle;
import io.vertiform.tests.support.RepoPaths;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 6's outside check: {@code java -jar vertiform.jar provider}, launched by Debian's go-plugin client and
 * driven by tofusoup's lifecycle oracle through a {@code vertiform_file_content} create → read → drift → update →
 * vanish → replace → import → destroy cycle, {@code provider::vertiform::upper} and {@code divide}'s argument
 * error, and reads of {@code vertiform_file_info} and {@code vertiform_env_variables} (the launching process's
 * environment), over protocol 6 and 5 (script: {@code src/test/resources/oracle/vertiform-lifecycle.json}).
 * Missing oracle or jar: fails when {@code CI=true}, skipped loudly otherwise.
 */
class VertiformOracleTest {

    @ParameterizedTest(name = "protocol {0}")
    @ValueSource(ints = {6, 5})
    void goOracleDrivesTheStandardProviderThroughIssueSixsCycle(int protocol, @TempDir Path work) throws Exception {
        Path jar = PluginOracle.required(RepoPaths.vertiformJar(), "run mvn verify, or set -Dvertiform.jar");
        String report = PluginOracle.run(PluginOracle.script("vertiform-lifecycle.json"), protocol, work, 77,
                PluginOracle.java("-jar", jar.toString(), "provider"));
        assertThat(report).contains("apply(vertiform_file_content): replacement planned for filename",
                "read_data(vertiform_env_variables): expect values",
                "UpgradeResourceState (schema version 0) keeps the state");
    }
}
