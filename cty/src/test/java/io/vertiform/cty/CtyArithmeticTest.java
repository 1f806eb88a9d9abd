package io.vertiform.cty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.function.BinaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CtyArithmeticTest {

    private static CtyValue n(String s) {
        return CtyValue.parseNumberVal(s);
    }

    private static BinaryOperator<CtyValue> op(String name) {
        return switch (name) {
            case "+" -> CtyArithmetic::add;
            case "-" -> CtyArithmetic::subtract;
            case "*" -> CtyArithmetic::multiply;
            case "/" -> CtyArithmetic::divide;
            default -> CtyArithmetic::modulo;
        };
    }

    // Expected texts are go-cty 1.12.1's (hcl's spec suite has 11 % 5.1 and 1 + pi).
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2|+|3.5|5.5",
        "1|+|3.14159265358979323846264338327950288419716939937510582097494459"
                + "|4.14159265358979323846264338327950288419716939937510582097494459",
        "1|-|2.5|-1.5",
        "3|*|3|9",
        "1|/|10|0.1",
        "5|%|3|2",
        "11|%|5.1|0.80000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
                + "000000000000000000000000000000000000000000000000000000000000024",
        "-7|%|2|-1",
        "5|%|0|5",
        "1|/|0|+Inf",
        "-1|/|0|-Inf",
    })
    void computesLikeGoCty(String a, String operator, String b, String expected) {
        CtyValue r = op(operator).apply(n(a), n(b));
        assertThat(r.type()).isEqualTo(CtyType.NUMBER);
        assertThat(r.asBigFloat().text()).isEqualTo(expected);
    }

    @Test
    void notANumberIsAnArithmeticException() {
        CtyValue inf = CtyArithmetic.divide(n("1"), n("0"));
        assertThatThrownBy(() -> CtyArithmetic.divide(n("0"), n("0"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> CtyArithmetic.add(inf, CtyArithmetic.negate(inf)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> CtyArithmetic.multiply(n("0"), inf)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void moduloSpecialCasesOnlyGoCtysInfinityConstants() {
        // go-cty multiplies when an operand *is* its PositiveInfinity constant...
        assertThat(CtyArithmetic.modulo(n("10"), CtyValue.POSITIVE_INFINITY).asBigFloat().text()).isEqualTo("+Inf");
        // ...while any other infinity reaches code that panics.
        CtyValue computedInf = CtyArithmetic.divide(n("1"), n("0"));
        assertThatThrownBy(() -> CtyArithmetic.modulo(computedInf, n("2"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> CtyArithmetic.modulo(n("2"), computedInf)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void unknownsPropagateAsNonNullNumbers() {
        CtyValue u = CtyValue.unknownVal(CtyType.NUMBER);
        CtyValue sum = CtyArithmetic.add(u, n("1"));
        assertThat(sum.isKnown()).isFalse();
        assertThat(sum.type()).isEqualTo(CtyType.NUMBER);
        assertThat(sum.range().definitelyNotNull()).isTrue();
        assertThat(CtyArithmetic.multiply(CtyValue.DYNAMIC_VAL, n("2")).type()).isEqualTo(CtyType.NUMBER);
        assertThat(CtyArithmetic.negate(CtyValue.DYNAMIC_VAL).isKnown()).isFalse();
    }

    @Test
    void sumsOfBoundedUnknownsAreBounded() {
        CtyValue u = CtyValue.unknownVal(CtyType.NUMBER).refine().numberRangeInclusive(n("1"), n("2")).newValue();
        CtyValue sum = CtyArithmetic.add(u, n("10"));
        assertThat(sum.range().numberLowerBound().asBigFloat().text()).isEqualTo("11");
        assertThat(sum.range().numberUpperBound().asBigFloat().text()).isEqualTo("12");
        CtyValue diff = CtyArithmetic.subtract(n("10"), u);
        assertThat(diff.range().numberLowerBound().asBigFloat().text()).isEqualTo("8");
        assertThat(diff.range().numberUpperBound().asBigFloat().text()).isEqualTo("9");
    }

    @Test
    void marksCarryOver() {
        CtyValue r = CtyArithmetic.add(n("1").mark("secret"), n("2").mark("other"));
        assertThat(r.marks()).containsExactlyInAnyOrder("secret", "other");
        assertThat(r.unmark().asBigFloat().text()).isEqualTo("3");
        assertThat(CtyArithmetic.negate(n("4").mark("m")).marks()).containsExactly("m");
    }

    @Test
    void rejectsNonNumbersAndNulls() {
        assertThatThrownBy(() -> CtyArithmetic.add(CtyValue.stringVal("1"), n("1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("type mismatch: want number but value 0 is string");
        assertThatThrownBy(() -> CtyArithmetic.add(CtyValue.nullVal(CtyType.NUMBER), n("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
