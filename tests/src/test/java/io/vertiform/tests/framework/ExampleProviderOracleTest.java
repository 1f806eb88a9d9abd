package io.vertiform.tests.framework;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.tests.support.PluginOracle;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The testkit's example provider (file resource, file-info data source, sha256 function, credential ephemeral
 * resource, note resource at schema version 1) launched as a plugin process by Debian's go-plugin client and driven
 * by tofusoup's lifecycle oracle: validation error path, create → refresh → drift → update → replace → import →
 * vanish → destroy, a function call and its argument error, data source reads, ephemeral open/close, a note stored
 * under schema version 0 upgraded through UpgradeResourceState and carried on (refresh, empty plan, update,
 * destroy) plus two refused upgrades, over protocol 5 and 6
 * (script: {@code src/test/resources/oracle/example-lifecycle.json}).
 */
class ExampleProviderOracleTest {

    @ParameterizedTest(name = "protocol {0}")
    @ValueSource(ints = {6, 5})
    void goOracleDrivesTheExampleProviderThroughItsLifecycle(int protocol, @TempDir Path work) throws Exception {
        String report = PluginOracle.run(PluginOracle.script("example-lifecycle.json"), protocol, work, 122,
                PluginOracle.java("-cp", System.getProperty("java.class.path"),
                        ExampleProviderPlugin.class.getName()));
        assertThat(report).contains("v" + protocol + " step 14 apply(example_file): replacement planned for path",
                "close_ephemeral(example_credential): closed",
                "v" + protocol + " step 33 upgrade(example_note): UpgradeResourceState from schema version 0 to 1",
                "v" + protocol + " step 35 plan(example_note): no changes");
    }
}
