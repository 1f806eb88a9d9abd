package io.vertiform.components.datasource;

import static io.vertiform.components.datasource.EnvVariablesDataSourceTest.errorPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, LensJqDataSource.class})
class LensJqDataSourceTest {

    private static final String INVENTORY = "{\"servers\":[{\"name\":\"web-1\",\"role\":\"web\",\"cpus\":2},"
            + "{\"name\":\"web-2\",\"role\":\"web\",\"cpus\":4},{\"name\":\"db-1\",\"role\":\"db\",\"cpus\":8}]}";

    @Test
    void resultAsJsonTextAndAsTerraformValue(ProviderClient client) {
        CtyValue v = read(client, "[.servers[] | select(.role == \"web\") | .name]");
        assertThat(v.getAttr("result").asString()).isEqualTo("[\"web-1\",\"web-2\"]");
        assertThat(v.getAttr("result_value")).isEqualTo(CtyValue.tupleVal(List.of(CtyValue.stringVal("web-1"),
                CtyValue.stringVal("web-2"))));
        assertThat(v.getAttr("result_count")).isEqualTo(CtyValue.numberIntVal(1));
        assertThat(v.getAttr("query").asString()).isEqualTo("[.servers[] | select(.role == \"web\") | .name]");

        CtyValue sum = read(client, "[.servers[].cpus] | add");
        assertThat(sum.getAttr("result").asString()).isEqualTo("14");
        assertThat(sum.getAttr("result_value")).isEqualTo(CtyValue.numberIntVal(14));

        CtyValue object = read(client, ".servers[0]");
        assertThat(object.getAttr("result_value").type()).isEqualTo(CtyType.object(Map.of(
                "name", CtyType.STRING, "role", CtyType.STRING, "cpus", CtyType.NUMBER)));
    }

    @Test
    void streamsBecomeArraysAndNothingBecomesNull(ProviderClient client) {
        CtyValue many = read(client, ".servers[].cpus");
        assertThat(many.getAttr("result").asString()).isEqualTo("[2,4,8]");
        assertThat(many.getAttr("result_count")).isEqualTo(CtyValue.numberIntVal(3));
        CtyValue none = read(client, ".servers[] | select(.cpus > 100)");
        assertThat(none.getAttr("result").asString()).isEqualTo("null");
        assertThat(none.getAttr("result_value").isNull()).isTrue();
        assertThat(none.getAttr("result_count")).isEqualTo(CtyValue.numberIntVal(0));
    }

    @Test
    void invalidQueryIsReportedAtQueryWithJacksonJqsMessage(ProviderClient client) {
        Outcome syntax = client.readDataSource("vertiform_lens_jq", Map.of("json_input", INVENTORY, "query", ".servers[ | x"));
        assertThat(errorPaths(syntax)).containsExactly("query");
        assertThat(syntax.diagnostics().get(0).summary()).isEqualTo("Invalid jq query");
        assertThat(syntax.diagnostics().get(0).detail()).startsWith("Cannot compile query").contains("line 1, column");

        Outcome unknownFunction = client.readDataSource("vertiform_lens_jq",
                Map.of("json_input", INVENTORY, "query", "frobnicate"));
        assertThat(errorPaths(unknownFunction)).containsExactly("query");
        assertThat(unknownFunction.diagnostics().get(0).detail()).isEqualTo("Function frobnicate/0 does not exist");

        Outcome typeError = client.readDataSource("vertiform_lens_jq",
                Map.of("json_input", INVENTORY, "query", ".servers + 1"));
        assertThat(errorPaths(typeError)).containsExactly("query");
        assertThat(typeError.diagnostics().get(0).summary()).isEqualTo("jq query failed");
    }

    @Test
    void malformedJsonIsReportedAtJsonInput(ProviderClient client) {
        Outcome o = client.readDataSource("vertiform_lens_jq", Map.of("json_input", "{\"a\": [1, 2", "query", "."));
        assertThat(errorPaths(o)).containsExactly("json_input");
        assertThat(o.diagnostics().get(0).summary()).isEqualTo("Invalid JSON");
        assertThat(o.diagnostics().get(0).detail()).contains("line 1");
        Outcome both = client.readDataSource("vertiform_lens_jq", Map.of("json_input", "nope", "query", "(("));
        assertThat(errorPaths(both)).containsExactlyInAnyOrder("json_input", "query");
    }

    @Test
    void unknownInputsPassValidationSoTerraformCanReadLater(ProviderClient client) {
        assertThat(DataSourceValidation.validate(client, "vertiform_lens_jq",
                Map.of("json_input", CtyValue.unknownVal(CtyType.STRING), "query", CtyValue.unknownVal(CtyType.STRING))))
                .isEmpty();
        assertThat(DataSourceValidation.validate(client, "vertiform_lens_jq",
                Map.of("json_input", CtyValue.unknownVal(CtyType.STRING), "query", "((")))
                .extracting(d -> d.attribute().toString()).containsExactly("query");
    }

    private static CtyValue read(ProviderClient client, String query) {
        return client.readDataSource("vertiform_lens_jq", Map.of("json_input", INVENTORY, "query", query))
                .orFail(query).value();
    }
}
