package io.vertiform.framework.server;

import static io.vertiform.framework.support.ThingClient.THING;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.CallFunction;
import io.vertiform.contracts.provider.CloseEphemeralResource;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.OpenEphemeralResource;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ReadDataSource;
import io.vertiform.contracts.provider.RenewEphemeralResource;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.support.Cty;
import io.vertiform.framework.support.ThingClient;
import io.vertiform.framework.support.TokenEphemeral;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Data sources, functions and ephemeral resources over the bus. */
class OtherComponentsTest {

    static ThingClient c;
    static final CtyType LOOKUP = CtyType.object(Map.of("name", CtyType.STRING, "id", CtyType.STRING,
            "size", CtyType.NUMBER));
    static final CtyType TOKEN = CtyType.object(Map.of("scope", CtyType.STRING, "token", CtyType.STRING));

    @BeforeAll
    static void start() {
        c = new ThingClient("others");
        c.configure();
        c.create(Cty.object(THING, Map.of("name", "findme", "size", 7), "rule"));
        c.create(Cty.object(THING, Map.of("name", "lie"), "rule"));
    }

    @AfterAll
    static void stop() {
        c.close();
    }

    private static ReadDataSource.Response lookup(String name) {
        CtyValue config = CtyValue.objectVal(Map.of("name", CtyValue.stringVal(name),
                "id", CtyValue.nullVal(CtyType.STRING), "size", CtyValue.nullVal(CtyType.NUMBER)));
        return c.harness.request(ProviderAddresses.of(ProviderAddresses.Family.DATA_SOURCE, "test_thing_lookup",
                ProviderAddresses.READ), new ReadDataSource.Request("test_thing_lookup", Cty.dv(config, LOOKUP), null,
                ThingClient.MODERN), c.session);
    }

    @Test
    void dataSourceReadsAndItsResultIsChecked() {
        ReadDataSource.Response r = lookup("findme");
        assertThat(r.diagnostics()).isEmpty();
        CtyValue v = Cty.read(r.state(), LOOKUP);
        assertThat(v.getAttr("size")).isEqualTo(CtyValue.numberIntVal(7));
        assertThat(v.getAttr("id").asString()).startsWith("others-");

        assertThat(lookup("missing").diagnostics()).extracting(Diagnostic::summary).containsExactly("Not found");
        assertThat(lookup("lie").diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Provider produced invalid object");
            assertThat(d.attribute().toString()).isEqualTo("name");
        });
    }

    private static CallFunction.Response join(CtyValue separator, String... parts) {
        List<DynamicValue> args = new ArrayList<>();
        args.add(Cty.dv(separator, CtyType.STRING));
        for (String p : parts) {
            args.add(Cty.dv(CtyValue.stringVal(p), CtyType.STRING));
        }
        return c.harness.request(ProviderAddresses.of(ProviderAddresses.Family.FUNCTION, "join", ProviderAddresses.CALL),
                new CallFunction.Request("join", args), c.session);
    }

    @Test
    void functionsTakeTypedVariadicArgumentsAndNameTheOneAtFault() {
        CallFunction.Response ok = join(CtyValue.stringVal("-"), "a", "b", "c");
        assertThat(ok.error()).isNull();
        assertThat(Cty.read(ok.result(), CtyType.STRING).asString()).isEqualTo("a-b-c");
        assertThat(Cty.read(join(CtyValue.nullVal(CtyType.STRING), "x", "y").result(), CtyType.STRING).asString())
                .as("a parameter allowing null gets null").isEqualTo("x,y");
        assertThat(Cty.read(join(CtyValue.stringVal("+")).result(), CtyType.STRING).asString()).isEmpty();

        CallFunction.Response boom = join(CtyValue.stringVal("-"), "a", "boom");
        assertThat(boom.error().functionArgument()).isEqualTo(2L);
        assertThat(boom.error().text()).contains("boom");

        CallFunction.Response unknown = c.harness.request(ProviderAddresses.of(ProviderAddresses.Family.FUNCTION,
                "join", ProviderAddresses.CALL), new CallFunction.Request("join", List.of(
                Cty.dv(CtyValue.stringVal("-"), CtyType.STRING), Cty.dv(CtyValue.unknownVal(CtyType.STRING),
                        CtyType.STRING))), c.session);
        assertThat(unknown.error()).isNull();
        assertThat(Cty.read(unknown.result(), CtyType.STRING).isKnown()).as("unknown in, unknown out").isFalse();

        CallFunction.Response nullPart = c.harness.request(ProviderAddresses.of(ProviderAddresses.Family.FUNCTION,
                "join", ProviderAddresses.CALL), new CallFunction.Request("join", List.of(
                Cty.dv(CtyValue.stringVal("-"), CtyType.STRING), Cty.dv(CtyValue.nullVal(CtyType.STRING),
                        CtyType.STRING))), c.session);
        assertThat(nullPart.error().functionArgument()).isEqualTo(1L);
        assertThat(nullPart.error().text()).isEqualTo("Invalid value for \"parts\" parameter: argument must not be null.");

        CallFunction.Response none = c.harness.request(ProviderAddresses.of(ProviderAddresses.Family.FUNCTION,
                "join", ProviderAddresses.CALL), new CallFunction.Request("join", List.of()), c.session);
        assertThat(none.error().text()).contains("takes at least 1 argument");
    }

    private static String ephemeral(String op) {
        return ProviderAddresses.of(ProviderAddresses.Family.EPHEMERAL_RESOURCE, "test_token", op);
    }

    @Test
    void ephemeralResourcesOpenRenewAndClose() {
        CtyValue config = CtyValue.objectVal(Map.of("scope", CtyValue.stringVal("db"),
                "token", CtyValue.nullVal(CtyType.STRING)));
        OpenEphemeralResource.Response open = c.harness.request(ephemeral(ProviderAddresses.OPEN),
                new OpenEphemeralResource.Request("test_token", Cty.dv(config, TOKEN), ThingClient.MODERN), c.session);
        assertThat(open.diagnostics()).isEmpty();
        assertThat(Cty.read(open.result(), TOKEN).getAttr("token").asString()).isEqualTo("tok-db");
        assertThat(open.renewAt()).isEqualTo(TokenEphemeral.RENEW_AT);

        RenewEphemeralResource.Response renewed = c.harness.request(ephemeral(ProviderAddresses.RENEW),
                new RenewEphemeralResource.Request("test_token", open.privateData()), c.session);
        assertThat(renewed.diagnostics()).isEmpty();
        assertThat(renewed.renewAt()).isEqualTo(TokenEphemeral.RENEW_AT.plusSeconds(3600));

        CloseEphemeralResource.Response closed = c.harness.request(ephemeral(ProviderAddresses.CLOSE),
                new CloseEphemeralResource.Request("test_token", renewed.privateData()), c.session);
        assertThat(closed.diagnostics()).isEmpty();
        assertThat(c.cloud.revoked).containsExactly("tok-db#1");
    }
}
