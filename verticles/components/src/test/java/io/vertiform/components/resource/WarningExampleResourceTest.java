package io.vertiform.components.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.Outcome;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ResourceLifecycle;
import io.vertiform.testkit.provider.StateChecks;
import io.vertiform.testkit.provider.Step;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WarningExampleResourceTest extends ResourceTestBase {

    static final String TYPE = "vertiform_warning_example";

    private static Outcome plan(ProviderClient client, Map<String, ?> attrs) {
        client.configure(Map.of()).orFail("configure");
        CtyValue config = client.resourceConfig(TYPE, attrs);
        return client.plan(TYPE, CtyValue.nullVal(config.type()), config, new byte[0]).orFail("plan");
    }

    @Test
    void lifecycleWithNameThenDeprecatedOldNameThenSourceFile(ProviderClient client) {
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("name", "a"))
                        .check(StateChecks.attribute("name", "a"), StateChecks.attribute("id", "warning-a")))
                .step(Step.config(Map.of("old_name", "b"))
                        .check(StateChecks.attribute("name", "b"), StateChecks.attribute("id", "warning-a")))
                .step(Step.config(Map.of("source_file", "c.txt"))
                        .check(StateChecks.attribute("name", "from_file:c.txt")))
                .run();
    }

    @Test
    void deprecatedAttributeWarnsInValidationPlanAndApply(ProviderClient client) {
        CtyValue config = client.resourceConfig(TYPE, Map.of("old_name", "legacy"));
        Outcome validated = client.validateResource(TYPE, config);
        assertThat(validated.hasErrors()).isFalse();
        assertThat(validated.diagnostics()).anySatisfy(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.attribute().toString()).isEqualTo("old_name");
        });

        Outcome plan = plan(client, Map.of("old_name", "legacy"));
        assertThat(plan.value().getAttr("name").asString()).isEqualTo("legacy");
        assertThat(plan.diagnostics()).anySatisfy(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.summary()).isEqualTo("Attribute 'old_name' is deprecated");
            assertThat(d.attribute().toString()).isEqualTo("old_name");
        });
        Outcome applied = client.apply(TYPE, CtyValue.nullVal(config.type()), plan, config).orFail("apply");
        assertThat(applied.diagnostics()).extracting(Diagnostic::summary).contains("Applied with a deprecated attribute");
    }

    @Test
    void sourceFileGivesAPlanTimeWarningAtItsPath(ProviderClient client) {
        Outcome plan = plan(client, Map.of("source_file", "notes.md"));
        assertThat(plan.value().getAttr("name").asString()).isEqualTo("from_file:notes.md");
        assertThat(plan.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.attribute().toString()).isEqualTo("source_file");
        });
    }

    @Test
    void unknownInputsLeaveTheNameUnknown(ProviderClient client) {
        Outcome plan = plan(client, Map.of("source_file", CtyValue.unknownVal(CtyType.STRING)));
        assertThat(plan.value().getAttr("name").isKnown()).isFalse();
        assertThat(plan.diagnostics()).isEmpty();
    }

    @Test
    void impossibleCombinationsAreErrors(ProviderClient client) {
        ResourceLifecycle.of(client, TYPE)
                .step(Step.config(Map.of("name", "a", "source_file", "b")).expectError("cannot be configured together"))
                .step(Step.config(Map.of()).expectError("name"))
                .run();
        Outcome none = client.validateResource(TYPE, client.resourceConfig(TYPE, Map.of()));
        assertThat(none.hasErrors()).isTrue();
    }
}
