package io.vertiform.framework.server;

import static io.vertiform.framework.support.ThingClient.THING;
import static io.vertiform.framework.support.ThingClient.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.rules.PlanValidity;
import io.vertiform.framework.support.Cty;
import io.vertiform.framework.support.ThingClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResourcePlanTest {

    static ThingClient c;

    @BeforeAll
    static void start() {
        c = new ThingClient("plan");
        assertThat(c.configure().diagnostics()).isEmpty();
    }

    @AfterAll
    static void stop() {
        c.close();
    }

    private static CtyValue planned(PlanResourceChange.Response r) {
        assertThat(r.diagnostics()).noneMatch(Diagnostic::isError);
        return Cty.read(r.plannedState(), THING);
    }

    private static CtyValue config(Map<String, ?> attrs) {
        return Cty.object(THING, attrs, "rule");
    }

    @Test
    void createKeepsConfigMarksComputedUnknownAndAppliesDefaults() {
        CtyValue config = config(Map.of("name", "alpha", "tags", Map.of("env", "dev"), "password", "pw",
                "rule", CtyValue.setVal(List.of(rule(80), rule(443)))));
        CtyValue plan = planned(c.planFor(CtyValue.nullVal(THING), config, new byte[0]));
        assertThat(plan.getAttr("name")).isEqualTo(CtyValue.stringVal("alpha"));
        assertThat(plan.getAttr("tags")).isEqualTo(config.getAttr("tags"));
        assertThat(plan.getAttr("id").isKnown()).isFalse();
        assertThat(plan.getAttr("fingerprint").isKnown()).isFalse();
        assertThat(plan.getAttr("size")).isEqualTo(CtyValue.numberIntVal(10));
        assertThat(plan.getAttr("password").isNull()).as("write-only is planned null").isTrue();
        assertThat(plan.getAttr("description").isNull()).isTrue();
        List<CtyValue> rules = plan.getAttr("rule").elements();
        assertThat(rules).hasSize(2).allSatisfy(r -> {
            assertThat(r.getAttr("protocol")).isEqualTo(CtyValue.stringVal("tcp"));
            assertThat(r.getAttr("rule_id").isKnown()).isFalse();
            assertThat(r.getAttr("port").isKnown()).isTrue();
        });
        assertThat(PlanValidity.check(ThingClient.CONTRACT.block(), CtyValue.nullVal(THING), config, plan)).isEmpty();
    }

    @Test
    void unknownValuesInsideSetBlocksStayUnknownAndPlanned() {
        CtyValue unknownPortRule = Cty.object(ThingClient.RULE, Map.of("port", CtyValue.unknownVal(CtyType.NUMBER)));
        CtyValue config = config(Map.of("name", "beta", "rule", CtyValue.setVal(List.of(rule(22), unknownPortRule))));
        CtyValue plan = planned(c.planFor(CtyValue.nullVal(THING), config, new byte[0]));
        List<CtyValue> rules = plan.getAttr("rule").elements();
        assertThat(rules).hasSize(2);
        assertThat(rules).anySatisfy(r -> {
            assertThat(r.getAttr("port").isKnown()).isFalse();
            assertThat(r.getAttr("protocol")).isEqualTo(CtyValue.stringVal("tcp"));
            assertThat(r.getAttr("rule_id").isKnown()).isFalse();
        });
    }

    @Test
    void nestedAttributeComputedValuePredictedByModifyPlan() {
        CtyValue settings = CtyValue.objectVal(Map.of("mode", CtyValue.stringVal("fast"),
                "effective", CtyValue.nullVal(CtyType.STRING)));
        CtyValue plan = planned(c.planFor(CtyValue.nullVal(THING), config(Map.of("name", "g", "settings", settings)),
                new byte[0]));
        assertThat(plan.getAttr("settings").getAttr("effective")).isEqualTo(CtyValue.stringVal("fast"));
    }

    @Test
    void updateKeepsStableComputedValuesAndMarksTheRestUnknown() {
        ThingClient.Created created = c.create(config(Map.of("name", "gamma", "rule", CtyValue.setVal(List.of(rule(80))))));
        CtyValue prior = created.state();
        CtyValue changed = config(Map.of("name", "gamma", "size", 20, "rule", CtyValue.setVal(List.of(rule(80)))));
        PlanResourceChange.Response r = c.planFor(prior, changed, created.privateData());
        CtyValue plan = planned(r);
        assertThat(plan.getAttr("id")).as("use-state-for-unknown").isEqualTo(prior.getAttr("id"));
        assertThat(plan.getAttr("fingerprint").isKnown()).isFalse();
        assertThat(plan.getAttr("size")).isEqualTo(CtyValue.numberIntVal(20));
        assertThat(r.requiresReplace()).isEmpty();

        PlanResourceChange.Response same = c.planFor(prior, config(Map.of("name", "gamma",
                "rule", CtyValue.setVal(List.of(rule(80))))), created.privateData());
        assertThat(planned(same)).as("an unchanged configuration plans no change").isEqualTo(prior);
        assertThat(same.plannedPrivate()).isEqualTo(created.privateData());
    }

    @Test
    void removingAnAttributeWithADefaultPlansTheDefaultAgain() {
        ThingClient.Created created = c.create(config(Map.of("name", "delta", "size", 30)));
        CtyValue plan = planned(c.planFor(created.state(), config(Map.of("name", "delta")), created.privateData()));
        assertThat(plan.getAttr("size")).isEqualTo(CtyValue.numberIntVal(10));
        assertThat(plan.getAttr("fingerprint").isKnown()).isFalse();
    }

    @Test
    void requiresReplaceFromSchemaAndFromModifyPlan() {
        ThingClient.Created created = c.create(config(Map.of("name", "epsilon")));
        PlanResourceChange.Response renamed = c.planFor(created.state(), config(Map.of("name", "zeta")),
                created.privateData());
        assertThat(renamed.requiresReplace()).containsExactly(AttributePath.of("name"));
        PlanResourceChange.Response recolored = c.planFor(created.state(),
                config(Map.of("name", "epsilon", "color", "recolor")), created.privateData());
        assertThat(recolored.requiresReplace()).containsExactly(AttributePath.of("color"));
    }

    @Test
    void destroyPlansNullAndTheHookMayWarn() {
        ThingClient.Created created = c.create(config(Map.of("name", "eta", "color", "keep")));
        PlanResourceChange.Response r = c.plan(created.state(), CtyValue.nullVal(THING), CtyValue.nullVal(THING));
        assertThat(Cty.read(r.plannedState(), THING).isNull()).isTrue();
        assertThat(r.diagnostics()).extracting(Diagnostic::summary).containsExactly("Protected object");
        assertThat(r.requiresReplace()).isEmpty();
    }

    @Test
    void aHookThatBreaksTerraformsRulesIsReportedAtThePath() {
        PlanResourceChange.Response r = c.planFor(CtyValue.nullVal(THING),
                config(Map.of("name", "theta", "shade", "break-the-rules")), new byte[0]);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.summary()).isEqualTo("Provider produced invalid plan");
            assertThat(d.attribute()).isEqualTo(AttributePath.of("name"));
            assertThat(d.detail()).contains("does not match config value");
        });
    }

    @Test
    void warningsFromTheHookCarryTheirPath() {
        PlanResourceChange.Response r = c.planFor(CtyValue.nullVal(THING), config(Map.of("name", "iota", "size", 60)),
                new byte[0]);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.isError()).isFalse();
            assertThat(d.attribute()).isEqualTo(AttributePath.of("size"));
        });
    }

    @Test
    void deferralIsOnlySentWhenTheClientAllowsIt() {
        try (ThingClient d = new ThingClient("plan-defer")) {
            CtyValue unknownCloud = CtyValue.objectVal(Map.of("cloud", CtyValue.unknownVal(CtyType.STRING),
                    "region", CtyValue.nullVal(CtyType.STRING)));
            assertThat(d.configure(unknownCloud, ThingClient.MODERN).diagnostics()).isEmpty();
            CtyValue config = config(Map.of("name", "kappa"));
            PlanResourceChange.Response r = d.planFor(CtyValue.nullVal(THING), config, new byte[0]);
            assertThat(r.deferred()).isNotNull();
            assertThat(r.deferred().reason()).hasToString("PROVIDER_CONFIG_UNKNOWN");
        }
        try (ThingClient d = new ThingClient("plan-nodefer")) {
            CtyValue unknownCloud = CtyValue.objectVal(Map.of("cloud", CtyValue.unknownVal(CtyType.STRING),
                    "region", CtyValue.nullVal(CtyType.STRING)));
            assertThat(d.configure(unknownCloud, io.vertiform.contracts.provider.ClientCapabilities.NONE).diagnostics())
                    .extracting(Diagnostic::summary).containsExactly("Invalid Deferred Provider Response");
        }
    }
}
