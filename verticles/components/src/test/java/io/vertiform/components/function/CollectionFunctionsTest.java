package io.vertiform.components.function;

import static io.vertiform.components.function.Calls.b;
import static io.vertiform.components.function.Calls.list;
import static io.vertiform.components.function.Calls.map;
import static io.vertiform.components.function.Calls.n;
import static io.vertiform.components.function.Calls.nul;
import static io.vertiform.components.function.Calls.numbers;
import static io.vertiform.components.function.Calls.object;
import static io.vertiform.components.function.Calls.s;
import static io.vertiform.components.function.Calls.tuple;
import static io.vertiform.components.function.Calls.unknown;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, LengthFunction.class, ContainsFunction.class,
        LookupFunction.class})
class CollectionFunctionsTest {

    private static final CtyType DYN = CtyType.DYNAMIC;
    private static final CtyType NUM = CtyType.NUMBER;

    @Test
    void lengthCountsGraphemeClustersAndElements(ProviderClient client) {
        Calls.of(client, "length")
                .returns(n(5), s("hello"))
                .returns(n(5), s("he\u0301llo"))                       // e + combining acute
                .returns(n(1), s("🇺🇸"))                               // two regional indicators
                .returns(n(1), s("👨‍👩‍👧‍👦"))                       // ZWJ family, 7 code points
                .returns(n(0), s(""))
                .returns(n(3), numbers(1, 2, 3))
                .returns(n(2), CtyValue.setVal(List.of(s("a"), s("b"))))
                .returns(n(2), tuple(s("a"), n(1)))
                .returns(n(2), map("a", n(1), "b", n(2)))
                .returns(n(1), object("a", b(true)))
                .returns(n(0), CtyValue.listValEmpty(NUM))
                .returns(n(2), list(s("a"), nul(CtyType.STRING)))
                .returns(n(2), list(s("a"), unknown(CtyType.STRING)))  // the count is known before the elements
                .returns(nul(NUM), nul(DYN))
                .returns(unknown(NUM), unknown(CtyType.STRING))
                .returns(unknown(NUM), unknown(CtyType.list(CtyType.STRING)))
                .returns(unknown(NUM), CtyValue.DYNAMIC_VAL)
                .fails(0, "got number", n(42))
                .fails(0, "got bool", b(true));
    }

    @Test
    void containsComparesTypeAndValue(ProviderClient client) {
        Calls.of(client, "contains")
                .returns(b(true), list(s("a"), s("b")), s("b"))
                .returns(b(false), list(s("a"), s("b")), s("c"))
                .returns(b(true), numbers(1, 2), n("1.0"))
                .returns(b(false), tuple(n(1), s("x")), b(true))           // bool ≠ number
                .returns(b(false), tuple(b(true)), n(1))
                .returns(b(false), tuple(s("1")), n(1))                   // string ≠ number
                .returns(b(false), tuple(s("true")), b(true))
                .returns(b(true), tuple(n(1), b(true)), b(true))
                .returns(b(true), tuple(numbers(1, 2), s("x")), numbers(1, 2))
                .returns(b(true), CtyValue.setVal(List.of(s("a"))), s("a"))
                .returns(b(true), tuple(s("a"), nul(DYN)), nul(DYN))
                .returns(b(false), CtyValue.listValEmpty(CtyType.STRING), s("a"))
                .returns(nul(CtyType.BOOL), nul(DYN), s("a"))
                .returns(unknown(CtyType.BOOL), list(s("a"), unknown(CtyType.STRING)), s("b"))
                .returns(unknown(CtyType.BOOL), list(s("a")), unknown(CtyType.STRING))
                .fails(0, "a list, set or tuple is required", map("a", s("b")), s("b"))
                .fails(0, "a list, set or tuple is required", s("abc"), s("b"));
    }

    @Test
    void lookup(ProviderClient client) {
        Calls.of(client, "lookup")
                .returns(n(1), map("a", n(1), "b", n(2)), s("a"))
                .returns(s("v"), object("k", s("v"), "n", n(3)), s("k"))
                .returns(s("fallback"), map("a", n(1)), s("z"), s("fallback"))
                .returns(b(false), map("a", n(1)), s("z"), b(false))
                .returns(n(0), map("a", n(1)), s("z"), n(0))
                .returns(nul(DYN), map("a", n(1)), s("z"), nul(DYN))
                .returns(n(1), map("a", n(1)), s("a"), s("unused"))
                .returns(nul(DYN), nul(DYN), s("a"))
                .returns(unknown(DYN), unknown(CtyType.map(NUM)), s("a"))
                .returns(unknown(DYN), map("a", n(1)), unknown(CtyType.STRING))
                .fails(1, "key \"z\" does not exist in the map", map("a", n(1)), s("z"))
                .fails(1, "key \"z\" does not exist", object("a", n(1)), s("z"))
                .fails(1, "must not be null", map("a", n(1)), nul(CtyType.STRING))
                .fails(0, "a map or object is required", numbers(1), s("a"))
                .fails(3, "at most 3 arguments", map("a", n(1)), s("a"), n(1), n(2));
    }
}
