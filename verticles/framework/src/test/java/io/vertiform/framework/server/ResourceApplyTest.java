package io.vertiform.framework.server;

import static io.vertiform.framework.support.ThingClient.THING;
import static io.vertiform.framework.support.ThingClient.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.privatestate.PrivateState;
import io.vertiform.framework.privatestate.PrivateStateCodec;
import io.vertiform.framework.rules.ObjectCompatibility;
import io.vertiform.framework.support.Cty;
import io.vertiform.framework.support.ThingClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResourceApplyTest {

    static ThingClient c;

    @BeforeAll
    static void start() {
        c = new ThingClient("apply");
        assertThat(c.configure().diagnostics()).isEmpty();
    }

    @AfterAll
    static void stop() {
        c.close();
    }

    private static CtyValue config(Map<String, ?> attrs) {
        return Cty.object(THING, attrs, "rule");
    }

    @Test
    void createResolvesEveryUnknownCompatiblyWithThePlan() {
        CtyValue config = config(Map.of("name", "one", "rule", CtyValue.setVal(List.of(rule(80), rule(81)))));
        ThingClient.Created created = c.create(config);
        CtyValue state = created.state();
        assertThat(state.isWhollyKnown()).isTrue();
        assertThat(state.getAttr("rule").elements()).extracting(r -> r.getAttr("rule_id").asString())
                .containsExactlyInAnyOrder("r-80", "r-81");
        assertThat(ObjectCompatibility.check(ThingClient.CONTRACT.block(), created.planned(), state)).isEmpty();
    }

    @Test
    void writeOnlyValuesReachTheProviderButNeverTheState() {
        ThingClient.Created created = c.create(config(Map.of("name", "two", "password", "hunter2")));
        assertThat(created.planned().getAttr("password").isNull()).isTrue();
        assertThat(created.state().getAttr("password").isNull()).isTrue();
        assertThat(c.cloud.secrets).containsEntry(created.state().getAttr("id").asString(), "hunter2");
    }

    @Test
    void privateStateIsEncryptedRoundTripsAndDetectsTampering() {
        ThingClient.Created created = c.create(config(Map.of("name", "three")));
        byte[] blob = created.privateData();
        assertThat(new String(blob, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("VFP\u0001")
                .doesNotContain(c.session);
        PrivateState decoded = PrivateStateCodec.decode(blob, Optional.of("test-secret"));
        assertThat(decoded.get("created-by")).contains(c.session);

        ReadResource.Response read = c.read(created.state(), blob);
        assertThat(read.diagnostics()).isEmpty();
        assertThat(read.privateData()).as("unchanged private state passes through").isEqualTo(blob);

        byte[] tampered = blob.clone();
        tampered[tampered.length - 5] ^= 1;
        ReadResource.Response bad = c.read(created.state(), tampered);
        assertThat(bad.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Invalid Private State");
            assertThat(d.detail()).contains("failed authentication");
        });
    }

    @Test
    void failedCreateKeepsOnlyThePartialState() {
        CtyValue config = config(Map.of("name", "half-four"));
        PlanResourceChange.Response plan = c.planFor(CtyValue.nullVal(THING), config, new byte[0]);
        ApplyResourceChange.Response r = c.apply(CtyValue.nullVal(THING), plan.plannedState(), config, new byte[0]);
        assertThat(r.diagnostics()).extracting(Diagnostic::summary).containsExactly("Tagging failed");
        CtyValue state = Cty.read(r.newState(), THING);
        assertThat(state.getAttr("id").asString()).startsWith("apply-");
        assertThat(state.getAttr("fingerprint").isNull()).as("unknowns of a partial state become null").isTrue();
    }

    @Test
    void failedUpdateKeepsThePriorState() {
        ThingClient.Created created = c.create(config(Map.of("name", "five")));
        CtyValue config = config(Map.of("name", "five", "size", 99));
        PlanResourceChange.Response plan = c.planFor(created.state(), config, created.privateData());
        ApplyResourceChange.Response r = c.apply(created.state(), plan.plannedState(), config, plan.plannedPrivate());
        assertThat(r.diagnostics()).extracting(Diagnostic::summary).containsExactly("Resize failed");
        assertThat(Cty.read(r.newState(), THING)).isEqualTo(created.state());
    }

    @Test
    void updateAndDelete() {
        ThingClient.Created created = c.create(config(Map.of("name", "six")));
        ThingClient.Created updated = c.change(created.state(), config(Map.of("name", "six", "size", 40)),
                created.privateData());
        assertThat(updated.state().getAttr("size")).isEqualTo(CtyValue.numberIntVal(40));
        assertThat(updated.state().getAttr("id")).isEqualTo(created.state().getAttr("id"));
        assertThat(updated.privateData()).as("private state survives an update").isNotEmpty();

        String id = created.state().getAttr("id").asString();
        ApplyResourceChange.Response deleted = c.apply(updated.state(), Cty.dv(CtyValue.nullVal(THING), THING),
                CtyValue.nullVal(THING), updated.privateData());
        assertThat(deleted.diagnostics()).isEmpty();
        assertThat(Cty.read(deleted.newState(), THING).isNull()).isTrue();
        assertThat(c.cloud.things).doesNotContainKey(id);
    }

    @Test
    void failedDeleteKeepsTheState() {
        ThingClient.Created created = c.create(config(Map.of("name", "seven", "color", "keep")));
        ApplyResourceChange.Response r = c.apply(created.state(), Cty.dv(CtyValue.nullVal(THING), THING),
                CtyValue.nullVal(THING), created.privateData());
        assertThat(r.diagnostics()).extracting(Diagnostic::summary).containsExactly("Delete refused");
        assertThat(Cty.read(r.newState(), THING)).isEqualTo(created.state());
    }

    @Test
    void aResultThatContradictsThePlanIsReported() {
        CtyValue config = config(Map.of("name", "normalize-me"));
        PlanResourceChange.Response plan = c.planFor(CtyValue.nullVal(THING), config, new byte[0]);
        ApplyResourceChange.Response r = c.apply(CtyValue.nullVal(THING), plan.plannedState(), config, new byte[0]);
        assertThat(r.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Provider produced inconsistent result after apply");
            assertThat(d.detail()).contains("was cty.StringVal(\"normalize-me\"), but now cty.StringVal(\"normalized\")");
        });
    }

    @Test
    void readReportsDriftAndVanishedObjects() {
        ThingClient.Created created = c.create(config(Map.of("name", "eight")));
        String id = created.state().getAttr("id").asString();
        var drifted = c.cloud.things.get(id);
        c.cloud.things.put(id, new io.vertiform.framework.support.Thing(drifted.id(), drifted.name(),
                io.vertiform.framework.value.Value.of(77L), drifted.description(), Map.of("by", "hand"), null,
                drifted.fingerprint(), drifted.rule(), drifted.settings(), drifted.color(), drifted.shade()));
        ReadResource.Response r = c.read(created.state(), created.privateData());
        CtyValue refreshed = Cty.read(r.newState(), THING);
        assertThat(refreshed.getAttr("size")).isEqualTo(CtyValue.numberIntVal(77));
        assertThat(refreshed.getAttr("tags").index("by")).isEqualTo(CtyValue.stringVal("hand"));
        assertThat(r.newIdentity()).isNotNull();

        c.cloud.things.remove(id);
        ReadResource.Response gone = c.read(created.state(), created.privateData());
        assertThat(gone.diagnostics()).isEmpty();
        assertThat(Cty.read(gone.newState(), THING).isNull()).isTrue();
    }
}
