package io.vertiform.components.function;

import static io.vertiform.components.function.Calls.b;
import static io.vertiform.components.function.Calls.n;
import static io.vertiform.components.function.Calls.nul;
import static io.vertiform.components.function.Calls.object;
import static io.vertiform.components.function.Calls.s;
import static io.vertiform.components.function.Calls.tuple;
import static io.vertiform.components.function.Calls.unknown;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.cty.CtyType;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, LensJqFunction.class})
class LensJqFunctionTest {

    private static final String DOC = "{\"items\":[{\"name\":\"a\",\"size\":1},{\"name\":\"b\",\"size\":2.5}],"
            + "\"big\":12345678901234567890.5,\"ok\":true}";

    @Test
    void queriesReturnTerraformValues(ProviderClient client) {
        Calls.of(client, "lens_jq")
                .returns(s("a"), s(DOC), s(".items[0].name"))
                .returns(tuple(s("a"), s("b")), s(DOC), s("[.items[].name]"))
                .returns(tuple(s("a"), s("b")), s(DOC), s(".items[].name"))        // several outputs: a list
                .returns(n("12345678901234567890.5"), s(DOC), s(".big"))         // exact, never a double
                .returns(n("3.5"), s(DOC), s("[.items[].size] | add"))
                .returns(b(true), s(DOC), s(".ok"))
                .returns(object("n", s("a"), "s", n(1)), s(DOC), s(".items[0] | {n: .name, s: .size}"))
                .returns(nul(CtyType.DYNAMIC), s(DOC), s(".missing"))
                .returns(nul(CtyType.DYNAMIC), s(DOC), s("empty"))
                .returns(unknown(CtyType.DYNAMIC), unknown(CtyType.STRING), s("."))
                .returns(unknown(CtyType.DYNAMIC), s(DOC), unknown(CtyType.STRING));
    }

    @Test
    void errorsNameTheArgument(ProviderClient client) {
        Calls.of(client, "lens_jq")
                .fails(0, "Invalid JSON", s("{\"a\": "), s(".a"))
                .fails(0, "Invalid JSON", s("not json"), s("."))
                .fails(0, "Invalid JSON", s("{} {}"), s("."))
                .fails(1, "Invalid jq query", s(DOC), s(".items[ | ]"))
                .fails(1, "Invalid jq query", s(DOC), s("nosuchfunction(1)"))
                .fails(1, "Invalid jq query", s(DOC), s(""))
                .fails(1, "jq query failed", s(DOC), s(".items + 1"))
                .fails(1, "jq query failed", s(DOC), s("error(\"boom\")"))
                .fails(0, "must not be null", nul(CtyType.STRING), s("."))
                .fails(1, "must not be null", s(DOC), nul(CtyType.STRING));
    }
}
