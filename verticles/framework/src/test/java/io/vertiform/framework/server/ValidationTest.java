package io.vertiform.framework.server;

import static io.vertiform.framework.support.ThingClient.THING;
import static io.vertiform.framework.support.ThingClient.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ValidateProviderConfig;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.support.Cty;
import io.vertiform.framework.support.ThingClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Validation over the bus: validators report at attribute paths; deprecations warn; write-only needs support. */
class ValidationTest {

    static ThingClient c;

    @BeforeAll
    static void start() {
        c = new ThingClient("validate");
    }

    @AfterAll
    static void stop() {
        c.close();
    }

    private static List<Diagnostic> validate(Map<String, ?> attrs, ClientCapabilities caps) {
        ValidateResourceConfig.Response r = c.harness.request(ThingClient.address(ProviderAddresses.VALIDATE),
                new ValidateResourceConfig.Request("test_thing", Cty.dv(Cty.object(THING, attrs, "rule"), THING), caps),
                c.session);
        return r.diagnostics();
    }

    @Test
    void aValidConfigurationPasses() {
        assertThat(validate(Map.of("name", "ok", "rule", CtyValue.setVal(List.of(rule(80)))), ThingClient.MODERN))
                .isEmpty();
    }

    @Test
    void validatorsReportAtTheirAttributePaths() {
        CtyValue settings = CtyValue.objectVal(Map.of("mode", CtyValue.stringVal("slow"),
                "effective", CtyValue.nullVal(CtyType.STRING)));
        List<Diagnostic> d = validate(Map.of("name", "x".repeat(40), "size", 500, "settings", settings,
                "rule", CtyValue.setVal(List.of(rule(70000)))), ThingClient.MODERN);
        assertThat(d).extracting(Diagnostic::attribute).containsExactlyInAnyOrder(
                AttributePath.of("name"), AttributePath.of("size"), AttributePath.of("settings").attribute("mode"),
                AttributePath.of("rule"));
        assertThat(d).filteredOn(x -> x.attribute().equals(AttributePath.of("name"))).singleElement()
                .satisfies(x -> assertThat(x.detail()).isEqualTo(
                        "Attribute name string length must be between 1 and 32, got: 40"));
        assertThat(d).filteredOn(x -> x.attribute().equals(AttributePath.of("settings").attribute("mode")))
                .singleElement().satisfies(x -> assertThat(x.detail()).isEqualTo(
                        "Attribute settings.mode value must be one of: [\"fast\" \"safe\"], got: \"slow\""));
        assertThat(d).filteredOn(x -> x.attribute().equals(AttributePath.of("rule"))).singleElement()
                .satisfies(x -> assertThat(x.detail()).contains("must be between 1 and 65535, got: 70000"));
    }

    @Test
    void unknownValuesAreNotValidatedYet() {
        assertThat(validate(Map.of("name", CtyValue.unknownVal(CtyType.STRING), "size",
                CtyValue.unknownVal(CtyType.NUMBER)), ThingClient.MODERN)).isEmpty();
    }

    @Test
    void conflictsDeprecationsAndAuthorChecks() {
        List<Diagnostic> d = validate(Map.of("name", "forbidden", "description", "old", "color", "red", "shade", "dark"),
                ThingClient.MODERN);
        assertThat(d).extracting(Diagnostic::summary).containsExactlyInAnyOrder("Attribute Deprecated",
                "Invalid Attribute Combination", "Forbidden name");
        assertThat(d).filteredOn(x -> x.summary().equals("Invalid Attribute Combination")).singleElement()
                .satisfies(x -> {
                    assertThat(x.attribute()).isEqualTo(AttributePath.of("color"));
                    assertThat(x.detail()).isEqualTo("Attribute \"shade\" cannot be specified when \"color\" is specified");
                });
        assertThat(d).filteredOn(x -> x.summary().equals("Attribute Deprecated")).singleElement()
                .satisfies(x -> assertThat(x.isError()).isFalse());
    }

    @Test
    void writeOnlyNeedsAClientThatSupportsIt() {
        assertThat(validate(Map.of("name", "w", "password", "pw"), ClientCapabilities.NONE))
                .extracting(Diagnostic::summary).containsExactly("WriteOnly Attribute Not Allowed");
        assertThat(validate(Map.of("name", "w", "password", "pw"), ThingClient.MODERN)).isEmpty();
    }

    @Test
    void computedOnlyAttributesCannotBeConfigured() {
        assertThat(validate(Map.of("name", "w", "fingerprint", "abc"), ThingClient.MODERN))
                .extracting(Diagnostic::attribute).containsExactly(AttributePath.of("fingerprint"));
    }

    @Test
    void providerConfigurationIsValidatedToo() {
        CtyValue config = CtyValue.objectVal(Map.of("cloud", CtyValue.nullVal(CtyType.STRING),
                "region", CtyValue.stringVal("eu")));
        ValidateProviderConfig.Response r = c.harness.request(ProviderAddresses.VALIDATE_PROVIDER,
                new ValidateProviderConfig.Request(Cty.dv(config, ThingClient.PROVIDER)), c.session);
        assertThat(r.diagnostics()).singleElement().satisfies(x -> {
            assertThat(x.summary()).isEqualTo("Attribute Deprecated");
            assertThat(x.attribute()).isEqualTo(AttributePath.of("region"));
        });
    }
}
