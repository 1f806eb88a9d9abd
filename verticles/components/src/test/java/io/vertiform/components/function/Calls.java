package io.vertiform.components.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.provider.FunctionError;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.ProviderClient;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Table-test vocabulary: values in, one call over the bus, the value or the error (with its argument) out. */
final class Calls {

    private final ProviderClient client;
    private final String function;

    private Calls(ProviderClient client, String function) {
        this.client = client;
        this.function = function;
    }

    static Calls of(ProviderClient client, String function) {
        return new Calls(client, function);
    }

    /** Expects {@code expected}: same type, and equal (or both null; or both unknown). */
    Calls returns(CtyValue expected, CtyValue... args) {
        ProviderClient.FunctionResult r = client.call(function, args);
        String what = function + Arrays.toString(args);
        assertThat(r.error()).as(what + " error").isNull();
        CtyValue got = r.value();
        assertThat(got).as(what + " result").isNotNull();
        assertThat(got.type()).as(what + " result type").isEqualTo(expected.type());
        if (!expected.isKnown()) {
            assertThat(got.isKnown()).as(what + " should be unknown, got " + got).isFalse();
        } else if (expected.isNull()) {
            assertThat(got.isNull()).as(what + " should be null, got " + got).isTrue();
        } else {
            assertThat(got.isWhollyKnown() && !got.isNull() && got.ctyEquals(expected).asBool())
                    .as(what + ": expected " + expected + ", got " + got).isTrue();
        }
        return this;
    }

    Calls returns(String expected, CtyValue... args) {
        return returns(s(expected), args);
    }

    /** Expects an error at argument {@code index} whose text contains {@code fragment}. */
    Calls fails(int index, String fragment, CtyValue... args) {
        ProviderClient.FunctionResult r = client.call(function, args);
        String what = function + Arrays.toString(args);
        FunctionError e = r.error();
        assertThat(e).as(what + " should fail, returned " + r.value()).isNotNull();
        assertThat(e.functionArgument()).as(what + " argument of: " + e.text()).isEqualTo((long) index);
        assertThat(e.text()).as(what + " message").contains(fragment);
        return this;
    }

    // ------------------------------------------------------------------ values

    static CtyValue s(String v) {
        return CtyValue.stringVal(v);
    }

    static CtyValue n(String v) {
        return CtyValue.parseNumberVal(v);
    }

    static CtyValue n(long v) {
        return CtyValue.numberIntVal(v);
    }

    static CtyValue b(boolean v) {
        return CtyValue.boolVal(v);
    }

    static CtyValue list(CtyValue... vs) {
        return CtyValue.listVal(List.of(vs));
    }

    static CtyValue tuple(CtyValue... vs) {
        return CtyValue.tupleVal(Arrays.asList(vs));
    }

    static CtyValue numbers(long... vs) {
        return vs.length == 0 ? CtyValue.listValEmpty(CtyType.NUMBER)
                : CtyValue.listVal(Arrays.stream(vs).mapToObj(CtyValue::numberIntVal).toList());
    }

    static CtyValue map(Object... kv) {
        Map<String, CtyValue> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (CtyValue) kv[i + 1]);
        }
        return CtyValue.mapVal(m);
    }

    static CtyValue object(Object... kv) {
        Map<String, CtyValue> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (CtyValue) kv[i + 1]);
        }
        return CtyValue.objectVal(m);
    }

    static CtyValue nul(CtyType t) {
        return CtyValue.nullVal(t);
    }

    static CtyValue unknown(CtyType t) {
        return CtyValue.unknownVal(t);
    }
}
