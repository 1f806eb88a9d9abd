package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.Parameter;
import java.util.List;

/** {@code min} and {@code max}: the smallest or largest element of a non-empty list of numbers, compared exactly. */
final class Extremum {

    private Extremum() {
    }

    static FunctionDefinition definition(String summary) {
        return FunctionDefinition.builder()
                .summary(summary)
                .description("The list must hold at least one number and no nulls; a null list gives null.")
                .parameter(Parameter.of("numbers", CtyType.list(CtyType.NUMBER)).allowingNull()
                        .describedAs("a list of numbers"))
                .returns(CtyType.NUMBER)
                .build();
    }

    /** {@code sign} is -1 for the minimum, +1 for the maximum. */
    static CtyValue pick(FunctionCall call, String name, int sign) {
        CtyValue list = call.arg(0);
        if (list.isNull()) {
            return CtyValue.nullVal(CtyType.NUMBER);
        }
        List<CtyValue> numbers = numbers(list, name);
        if (numbers.isEmpty()) {
            throw FunctionException.argument(0, name + "() requires at least one number.");
        }
        CtyValue best = numbers.get(0);
        for (CtyValue n : numbers) {
            if (Integer.signum(n.asBigFloat().compareTo(best.asBigFloat())) == sign) {
                best = n;
            }
        }
        return best;
    }

    static List<CtyValue> numbers(CtyValue list, String name) {
        List<CtyValue> numbers = list.elements();
        for (int i = 0; i < numbers.size(); i++) {
            if (numbers.get(i).isNull()) {
                throw FunctionException.argument(0, name + "(): element " + i + " is null.");
            }
        }
        return numbers;
    }
}
