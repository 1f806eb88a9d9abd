package io.vertiform.components.function;

import io.vertiform.cty.CtyArithmetic;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;

/** {@code provider::vertiform::sum(numbers)}: the exact sum; 0 for an empty list. */
@Function("sum")
public final class SumFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Calculates the sum of a list of numbers.")
                .description("Exact (arbitrary precision); an empty list sums to 0, a null list gives null.")
                .parameter(Parameter.of("numbers", CtyType.list(CtyType.NUMBER)).allowingNull()
                        .describedAs("a list of numbers"))
                .returns(CtyType.NUMBER)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue list = call.arg(0);
        if (list.isNull()) {
            return CtyValue.nullVal(CtyType.NUMBER);
        }
        CtyValue total = CtyValue.ZERO;
        for (CtyValue n : Extremum.numbers(list, "sum")) {
            try {
                total = CtyArithmetic.add(total, n);
            } catch (ArithmeticException e) {
                throw FunctionException.argument(0, "sum(): the list holds both +Inf and -Inf.");
            }
        }
        return total;
    }
}
