package io.vertiform.components.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, EnvVariablesDataSource.class},
        env = {"APP_NAME=demo", "APP_DB_PASSWORD=hunter2", "APP_EMPTY=", "app_lower=x", "HOME=/home/session-one"})
class EnvVariablesDataSourceTest {

    @Test
    void readsTheSessionsEnvironmentNotTheJvms(ProviderClient client) {
        Outcome o = client.readDataSource("vertiform_env_variables", Map.of()).orFail("read");
        Map<String, String> all = strings(o.value().getAttr("all_environment"));
        assertThat(all).containsAllEntriesOf(client.environment());
        // Over gRPC the launcher adds go-plugin's handshake variables, as Terraform does for a real plugin process;
        // nothing of the provider JVM's own environment may appear.
        assertThat(all.keySet()).allMatch(k -> client.environment().containsKey(k) || k.startsWith("PLUGIN_")
                || k.equals("TF_PLUGIN_MAGIC_COOKIE"));
        assertThat(System.getenv().keySet()).filteredOn(k -> !client.environment().containsKey(k)).isNotEmpty()
                .noneMatch(all::containsKey);
        assertThat(strings(o.value().getAttr("values"))).containsEntry("HOME", "/home/session-one")
                .doesNotContainKey("APP_EMPTY").doesNotContainKey("PATH");
    }

    @Test
    void twoSessionsSeeTheirOwnEnvironment(ProviderClient client) {
        ProviderClient other = client.harness().session(Map.of("HOME", "/home/session-two", "ONLY_TWO", "2"),
                client.workingDirectory());
        Map<String, Object> config = Map.of("keys", List.of("HOME", "ONLY_TWO"));
        Outcome one = client.readDataSource("vertiform_env_variables", config).orFail("session one");
        Outcome two = other.readDataSource("vertiform_env_variables", config).orFail("session two");
        assertThat(strings(one.value().getAttr("values"))).isEqualTo(Map.of("HOME", "/home/session-one"));
        assertThat(strings(two.value().getAttr("values"))).isEqualTo(Map.of("HOME", "/home/session-two", "ONLY_TWO", "2"));
        // and again in the other order, so no session's answer is cached for the other
        assertThat(strings(client.readDataSource("vertiform_env_variables", config).orFail("again").value()
                .getAttr("values"))).isEqualTo(Map.of("HOME", "/home/session-one"));
    }

    @Test
    void prefixSelectsAndSensitiveKeysAreSplitOff(ProviderClient client) {
        Outcome o = client.readDataSource("vertiform_env_variables",
                Map.of("prefix", "APP_", "sensitive_keys", List.of("APP_DB_PASSWORD"))).orFail("read");
        assertThat(strings(o.value().getAttr("values"))).isEqualTo(Map.of("APP_NAME", "demo"));
        assertThat(strings(o.value().getAttr("sensitive_values"))).isEqualTo(Map.of("APP_DB_PASSWORD", "hunter2"));
        assertThat(strings(o.value().getAttr("all_values")))
                .isEqualTo(Map.of("APP_NAME", "demo", "APP_DB_PASSWORD", "hunter2"));
        var schema = client.dataSourceSchema("vertiform_env_variables");
        assertThat(schema.attributes()).filteredOn(a -> a.name().equals("sensitive_values"))
                .singleElement().satisfies(a -> assertThat(a.sensitive()).isTrue());
        assertThat(schema.attributes()).filteredOn(a -> a.name().equals("values"))
                .singleElement().satisfies(a -> assertThat(a.sensitive()).isFalse());
    }

    @Test
    void emptyValuesAreKeptOnlyWhenAsked(ProviderClient client) {
        Outcome o = client.readDataSource("vertiform_env_variables",
                Map.of("prefix", "APP_", "exclude_empty", false)).orFail("read");
        assertThat(strings(o.value().getAttr("values"))).containsEntry("APP_EMPTY", "");
        Outcome keys = client.readDataSource("vertiform_env_variables", Map.of("keys", List.of("APP_EMPTY", "MISSING")))
                .orFail("read");
        assertThat(keys.value().getAttr("values").lengthInt()).isZero();
    }

    @Test
    void caseInsensitiveMatchingAndTransforms(ProviderClient client) {
        Outcome prefix = client.readDataSource("vertiform_env_variables",
                Map.of("prefix", "app_", "case_sensitive", false, "transform_keys", "lower", "transform_values", "upper"))
                .orFail("read");
        assertThat(strings(prefix.value().getAttr("values")))
                .isEqualTo(Map.of("app_name", "DEMO", "app_db_password", "HUNTER2", "app_lower", "X"));
        Outcome sensitive = client.readDataSource("vertiform_env_variables",
                Map.of("regex", "^APP_(NAME|DB_.*)$")).orFail("read");
        assertThat(strings(sensitive.value().getAttr("values")).keySet()).containsExactly("APP_DB_PASSWORD", "APP_NAME");
        Outcome exact = client.readDataSource("vertiform_env_variables",
                Map.of("keys", List.of("app_name"), "case_sensitive", false)).orFail("read");
        assertThat(strings(exact.value().getAttr("values"))).isEqualTo(Map.of("APP_NAME", "demo"));
    }

    @Test
    void configurationMistakesAreShownAtTheirAttribute(ProviderClient client) {
        assertThat(errorPaths(client.readDataSource("vertiform_env_variables", Map.of("regex", "APP_(")))).containsExactly("regex");
        assertThat(errorPaths(client.readDataSource("vertiform_env_variables", Map.of("transform_keys", "title"))))
                .containsExactly("transform_keys");
        assertThat(errorPaths(client.readDataSource("vertiform_env_variables",
                Map.of("prefix", "APP_", "regex", "APP_")))).isNotEmpty().allMatch(p -> p.equals("prefix") || p.equals("regex"));
    }

    @Test
    void nullNamesInListsSelectNothing(ProviderClient client) {
        CtyValue keys = CtyValue.listVal(List.of(CtyValue.stringVal("HOME"), CtyValue.nullVal(CtyType.STRING)));
        Outcome o = client.readDataSource("vertiform_env_variables", Map.of("keys", keys, "sensitive_keys", keys))
                .orFail("read");
        assertThat(strings(o.value().getAttr("sensitive_values"))).isEqualTo(Map.of("HOME", "/home/session-one"));
        assertThat(o.value().getAttr("keys")).isEqualTo(keys);
    }

    static Map<String, String> strings(CtyValue map) {
        Map<String, String> out = new TreeMap<>();
        map.mapEntries().forEach((k, v) -> out.put(k, v.asString()));
        return out;
    }

    static List<String> errorPaths(Outcome o) {
        return o.diagnostics().stream().filter(Diagnostic::isError).map(d -> d.attribute().toString()).toList();
    }
}
