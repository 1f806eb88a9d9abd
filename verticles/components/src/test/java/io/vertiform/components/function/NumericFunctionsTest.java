package io.vertiform.components.function;

import static io.vertiform.components.function.Calls.list;
import static io.vertiform.components.function.Calls.n;
import static io.vertiform.components.function.Calls.nul;
import static io.vertiform.components.function.Calls.numbers;
import static io.vertiform.components.function.Calls.unknown;

import io.vertiform.components.provider.VertiformProvider;
import io.vertiform.cty.CtyArithmetic;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import org.junit.jupiter.api.Test;

@ProviderTest(protocols = {5, 6}, components = {VertiformProvider.class, AddFunction.class, SubtractFunction.class,
        MultiplyFunction.class, DivideFunction.class, MinFunction.class, MaxFunction.class, SumFunction.class,
        RoundFunction.class})
class NumericFunctionsTest {

    private static final CtyType NUM = CtyType.NUMBER;
    private static final CtyValue INF = CtyValue.numberVal(io.vertiform.cty.BigFloat.POSITIVE_INFINITY);
    private static final CtyValue NEG_INF = CtyValue.numberVal(io.vertiform.cty.BigFloat.NEGATIVE_INFINITY);

    @Test
    void arithmeticIsExact(ProviderClient client) {
        Calls.of(client, "add")
                .returns(n("0.3"), n("0.1"), n("0.2"))
                .returns(n("100000000000000000000000000001"), n("100000000000000000000000000000"), n(1))
                .returns(n(-1), n(1), n(-2))
                .returns(nul(NUM), nul(NUM), n(1))
                .returns(nul(NUM), n(1), nul(NUM))
                .returns(unknown(NUM), unknown(NUM), n(1))
                .fails(1, "not a number", INF, NEG_INF);
        Calls.of(client, "subtract")
                .returns(n("0.25"), n("0.75"), n("0.5"))
                // Binary big floats at 512 bits, like Terraform's own "-" (go-cty): not 0.1, but the same as HCL.
                .returns(CtyArithmetic.subtract(n("0.3"), n("0.2")), n("0.3"), n("0.2"))
                .returns(n(-5), n(5), n(10))
                .returns(unknown(NUM), n(1), unknown(NUM));
        Calls.of(client, "multiply")
                .returns(n("0.125"), n("0.5"), n("0.25"))
                .returns(CtyArithmetic.multiply(n("0.2"), n("0.3")), n("0.2"), n("0.3"))
                .returns(n("121932631137021795226185032733622923332237463801111263526900"),
                        n("123456789012345678901234567890"), n("987654321098765432109876543210"))
                .returns(nul(NUM), nul(NUM), nul(NUM));
    }

    @Test
    void divide(ProviderClient client) {
        Calls.of(client, "divide")
                .returns(n("2.5"), n(5), n(2))
                .returns(n(-4), n(8), n("-2"))
                .returns(n("0.1"), n(1), n(10))
                .returns(nul(NUM), nul(NUM), n(0))
                .returns(unknown(NUM), unknown(NUM), n(0))
                .fails(1, "Division by zero", n(1), n(0))
                .fails(1, "Division by zero", n(0), n(0))
                .fails(1, "Division by zero", n("-7.5"), n("0.0"))
                .fails(1, "not a number", INF, INF);
        // 1/3 carries the operands' precision (go-cty's Divide), not a double's 17 digits.
        ProviderClient.FunctionResult third = client.call("divide", n(1), n(3));
        org.assertj.core.api.Assertions.assertThat(third.value().asBigFloat().text()).startsWith("0.333333333333333333");
    }

    @Test
    void minMaxSum(ProviderClient client) {
        Calls.of(client, "min")
                .returns(n(-3), numbers(4, -3, 7))
                .returns(n("0.1"), list(n("0.2"), n("0.1"), n("0.10000000000000000001")))
                .returns(nul(NUM), nul(CtyType.list(NUM)))
                .returns(unknown(NUM), list(n(1), unknown(NUM)))
                .fails(0, "requires at least one number", numbers())
                .fails(0, "element 1 is null", list(n(1), nul(NUM)));
        Calls.of(client, "max")
                .returns(n(7), numbers(4, -3, 7))
                .returns(n("0.10000000000000000001"), list(n("0.1"), n("0.10000000000000000001")))
                .returns(INF, list(n(1), INF))
                .fails(0, "requires at least one number", numbers());
        Calls.of(client, "sum")
                .returns(n(8), numbers(4, -3, 7))
                .returns(n(0), numbers())
                .returns(n("0.6"), list(n("0.1"), n("0.2"), n("0.3")))
                .returns(nul(NUM), nul(CtyType.list(NUM)))
                .returns(unknown(NUM), unknown(CtyType.list(NUM)))
                .fails(0, "element 0 is null", list(nul(NUM)))
                .fails(0, "+Inf and -Inf", list(INF, NEG_INF));
    }

    @Test
    void roundIsHalfEven(ProviderClient client) {
        Calls.of(client, "round")
                .returns(n(3), n("3.14159"))
                .returns(n("3.14"), n("3.14159"), n(2))
                .returns(n(2), n("2.5"))
                .returns(n(4), n("3.5"))
                .returns(n(-2), n("-2.5"))
                .returns(n(0), n("0.5"))
                .returns(n("2.68"), n("2.675"), n(2))
                .returns(n("2.62"), n("2.625"), n(2))
                .returns(n(1200), n(1250), n(-2))
                .returns(n(1400), n(1350), n(-2))
                .returns(n("7"), n("7"), n(5))
                .returns(n("123456789012345678901234567890"), n("123456789012345678901234567890.5"))
                .returns(n(3), n("3.14159"), nul(NUM))
                .returns(INF, INF, n(2))
                .returns(nul(NUM), nul(NUM), n(2))
                .returns(unknown(NUM), n("1.5"), unknown(NUM))
                .fails(1, "whole number", n(1), n("0.5"))
                .fails(1, "from -100 to 100", n(1), n(101))
                .fails(2, "at most 2 arguments", n(1), n(1), n(1));
    }
}
