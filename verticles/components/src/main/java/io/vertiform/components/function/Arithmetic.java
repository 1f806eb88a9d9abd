package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.Parameter;
import java.util.function.BinaryOperator;

/**
 * The two-operand functions: exact arithmetic with go-cty's precision rules ({@code CtyArithmetic}, what Terraform's
 * own operators do), never doubles; a null operand gives null, as in pyvider.
 */
final class Arithmetic {

    private Arithmetic() {
    }

    static FunctionDefinition definition(String summary, String description) {
        return FunctionDefinition.builder()
                .summary(summary)
                .description(description + " Numbers are exact (arbitrary precision); a null operand gives null.")
                .parameter(Parameter.number("a").allowingNull().describedAs("the first operand"))
                .parameter(Parameter.number("b").allowingNull().describedAs("the second operand"))
                .returns(CtyType.NUMBER)
                .build();
    }

    static CtyValue apply(FunctionCall call, BinaryOperator<CtyValue> op) {
        CtyValue a = call.arg(0);
        CtyValue b = call.arg(1);
        if (a.isNull() || b.isNull()) {
            return CtyValue.nullVal(CtyType.NUMBER);
        }
        try {
            return op.apply(a, b);
        } catch (ArithmeticException e) {
            // ∞ − ∞, 0 · ∞, ∞ / ∞: the second operand makes the first meaningless.
            throw FunctionException.argument(1, "The result is not a number (" + a.asBigFloat().text() + " and "
                    + b.asBigFloat().text() + ").");
        }
    }
}
