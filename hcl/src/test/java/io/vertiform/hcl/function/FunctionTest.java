package io.vertiform.hcl.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** go-cty's calling convention: parameter policies applied before the implementation runs. */
class FunctionTest {
    private static CtyValue n(long v) {
        return CtyValue.numberIntVal(v);
    }

    @Test
    void nullArgumentsAreRejectedWithTheirIndex() {
        assertThatThrownBy(() -> Operators.ADD.call(List.of(n(1), CtyValue.nullVal(CtyType.NUMBER))))
                .isInstanceOfSatisfying(FunctionException.class, e -> {
                    assertThat(e.argIndex()).isEqualTo(1);
                    assertThat(e.getMessage()).isEqualTo("argument must not be null");
                });
    }

    @Test
    void unknownArgumentsShortCircuitToAnUnknownResult() throws FunctionException {
        CtyValue r = Stdlib.UPPER.call(List.of(CtyValue.unknownVal(CtyType.STRING)));
        assertThat(r.isKnown()).isFalse();
        assertThat(r.type()).isEqualTo(CtyType.STRING);
    }

    @Test
    void marksAreStrippedAndPutBackOnTheResult() throws FunctionException {
        CtyValue r = Stdlib.UPPER.call(List.of(CtyValue.stringVal("x").mark("secret")));
        assertThat(r.marks()).containsExactly("secret");
        assertThat(r.unmark().asString()).isEqualTo("X");
    }

    @Test
    void typeConformanceErrorsNameTheArgument() {
        assertThatThrownBy(() -> Stdlib.UPPER.call(List.of(CtyValue.listValEmpty(CtyType.STRING))))
                .isInstanceOfSatisfying(FunctionException.class, e -> assertThat(e.argIndex()).isZero());
    }

    @Test
    void arithmeticNaNBecomesGoCtysMessage() {
        CtyValue inf = CtyValue.POSITIVE_INFINITY;
        assertThatThrownBy(() -> Operators.SUBTRACT.call(List.of(inf, inf)))
                .hasMessage("can't subtract infinity from itself");
    }

    @Test
    void stdlibBehavesLikeGoCty() throws FunctionException {
        assertThat(Stdlib.STRLEN.call(List.of(CtyValue.stringVal("\ud83d\udc69\u200d\ud83d\udc69e\u0301")))
                .asBigFloat().toLong()).isEqualTo(2);
        assertThat(Stdlib.REVERSE.call(List.of(CtyValue.stringVal("ab\u00e9"))).asString()).isEqualTo("\u00e9ba");
        assertThat(Stdlib.MAX.call(List.of(n(1), n(5), n(3))).asBigFloat().toLong()).isEqualTo(5);
        assertThat(Stdlib.INT.call(List.of(CtyValue.parseNumberVal("-3.9"))).asBigFloat().toLong()).isEqualTo(-3);
        assertThat(Stdlib.COALESCE.call(List.of(CtyValue.nullVal(CtyType.STRING), CtyValue.stringVal("x")))
                .asString()).isEqualTo("x");
        assertThatThrownBy(() -> Stdlib.MIN.call(List.of())).hasMessage("must pass at least one number");
        assertThat(Stdlib.JSON_ENCODE.call(List.of(CtyValue.objectVal(java.util.Map.of("a", n(1))))).asString())
                .isEqualTo("{\"a\":1}");
    }
}
