package io.vertiform.components.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ResourceLifecycle;
import io.vertiform.testkit.provider.StateChecks;
import io.vertiform.testkit.provider.Step;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NestedResourceTestResourceTest extends ResourceTestBase {

    static final String TYPE = "vertiform_nested_resource_test";

    /** A dynamic value mixing types: an object of string, number, bool and a tuple. */
    static final CtyValue CONFIGURATION = CtyValue.objectVal(Map.of(
            "app_name", CtyValue.stringVal("my_app"), "replicas", CtyValue.numberIntVal(3),
            "enabled", CtyValue.TRUE, "tags", CtyValue.tupleVal(List.of(CtyValue.stringVal("web"),
                    CtyValue.numberIntVal(1)))));

    private static Map<String, Object> config(Object port, Object tagValue, Object configuration) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("resource_name", "svc");
        c.put("configuration", configuration);
        Map<String, Object> web = new LinkedHashMap<>(Map.of("service", "web", "protocol", "http"));
        web.put("port", port);
        c.put("nested_configs", List.of(web, Map.of("service", "api", "port", 443, "protocol", "https",
                "ssl_enabled", true), Map.of("service", "raw")));
        Map<String, Object> tag = new LinkedHashMap<>(Map.of("key", "team"));
        tag.put("value", tagValue);
        c.put("tag", List.of(tag, Map.of("key", "tier")));
        c.put("settings", Map.of("mode", "fast", "extra", CtyValue.listVal(List.of(CtyValue.numberIntVal(1)))));
        return c;
    }

    private static CtyPath endpoint(int i) {
        return CtyPath.root().getAttr("nested_configs").index(i).getAttr("endpoint");
    }

    @Test
    void lifecycleNestedBlocksAndDynamicValuesRoundTrip(ProviderClient client) {
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(config(80, "core", CONFIGURATION))
                        .check(StateChecks.attribute("id", "nested-svc"),
                                StateChecks.attribute("summary", "svc: 3 nested configs, 2 tags"),
                                StateChecks.attribute(endpoint(0), "http://web:80"),
                                StateChecks.attribute(endpoint(1), "https://api:443"),
                                StateChecks.attribute(endpoint(2), "tcp://raw"),
                                StateChecks.attribute("configuration", CONFIGURATION),
                                state -> assertThat(state.getAttr("settings").getAttr("extra").type())
                                        .isEqualTo(CtyType.list(CtyType.NUMBER))))
                .step(Step.config(config(8080, "platform", CtyValue.stringVal("just text")))
                        .check(StateChecks.attribute(endpoint(0), "http://web:8080"),
                                StateChecks.attribute("configuration", CtyValue.stringVal("just text")),
                                StateChecks.attribute("id", "nested-svc")))
                .run();
    }

    @Test
    void unknownsInNestedBlocksStayUnknownAndOnlyWhatDependsOnThemIsUnknown(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, config(CtyValue.unknownVal(CtyType.NUMBER),
                CtyValue.unknownVal(CtyType.STRING), CtyValue.unknownVal(CtyType.DYNAMIC)));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
        CtyValue planned = plan.value();
        CtyValue configs = planned.getAttr("nested_configs");
        assertThat(configs.index(CtyValue.numberIntVal(0)).getAttr("port").isKnown()).isFalse();
        assertThat(endpoint(0).apply(planned).isKnown()).isFalse();
        assertThat(endpoint(1).apply(planned).asString()).isEqualTo("https://api:443");
        assertThat(planned.getAttr("configuration").isKnown()).isFalse();
        assertThat(planned.getAttr("summary").isKnown()).isFalse();
        assertThat(planned.getAttr("tag").isWhollyKnown()).isFalse();
        assertThat(planned.getAttr("settings").getAttr("mode").asString()).isEqualTo("fast");

        // Only the set's unknown member keeps the summary unknown: with it known, the summary is planned.
        CtyValue known = client.resourceConfig(TYPE, config(CtyValue.unknownVal(CtyType.NUMBER), "v", CONFIGURATION));
        Outcome plan2 = client.plan(TYPE, CtyValue.nullVal(known.type()), known, new byte[0]).orFail("plan");
        assertThat(plan2.value().getAttr("summary").asString()).isEqualTo("svc: 3 nested configs, 2 tags");
    }

    @Test
    void blocksCanBeEmptyAndAnUpdatePlansOnlyTheChangedEndpoint(ProviderClient client) {
        client.configure(Map.of()).orFail("configure");
        CtyValue bare = client.resourceConfig(TYPE, Map.of("resource_name", "bare"));
        Outcome plan = client.plan(TYPE, CtyValue.nullVal(bare.type()), bare, new byte[0]).orFail("plan");
        Outcome created = client.apply(TYPE, CtyValue.nullVal(bare.type()), plan, bare).orFail("apply");
        assertThat(created.value().getAttr("summary").asString()).isEqualTo("bare: 0 nested configs, 0 tags");
        assertThat(created.value().getAttr("settings").isNull()).isTrue();

        Map<String, Object> one = new LinkedHashMap<>(Map.of("resource_name", "bare",
                "nested_configs", List.of(Map.of("service", "db", "port", 5432))));
        CtyValue grown = client.resourceConfig(TYPE, one);
        Outcome update = client.plan(TYPE, created.value(), grown, created.privateData()).orFail("plan");
        assertThat(update.requiresReplace()).isEmpty();
        assertThat(endpoint(0).apply(update.value()).asString()).isEqualTo("tcp://db:5432");
        assertThat(update.value().getAttr("id").asString()).isEqualTo("nested-bare");
        Outcome updated = client.apply(TYPE, created.value(), update, grown).orFail("apply");
        assertThat(updated.value().getAttr("summary").asString()).isEqualTo("bare: 1 nested config, 0 tags");
    }

    @Test
    void blockMistakesUseTerraformsWording(ProviderClient client) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.resourceConfig(TYPE, Map.of(
                "resource_name", "x", "nested_configs", List.of(Map.of("port", 1)))))
                .hasMessageContaining("\"nested_configs[0].service\" is required");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.resourceConfig(TYPE, Map.of(
                "resource_name", "x", "nested_configs", List.of(Map.of("service", "a", "endpoint", "e")))))
                .hasMessageStartingWith("Value for unconfigurable attribute");
    }
}
