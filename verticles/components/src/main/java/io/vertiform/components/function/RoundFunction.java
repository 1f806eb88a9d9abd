package io.vertiform.components.function;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * {@code provider::vertiform::round(number[, precision])}: banker's rounding (half to even) to {@code precision}
 * decimal places. It rounds the decimal value Terraform shows for the number, so {@code round(2.675, 2)} is 2.68;
 * Python's {@code round} on a binary double gives 2.67 there, which is the one place pyvider differs.
 */
@Function("round")
public final class RoundFunction implements FunctionHandler {

    static final int MAX_PRECISION = 100;

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Rounds a number to a specified precision.")
                .description("Rounds half to even (banker's rounding): round(2.5) is 2, round(3.5) is 4,"
                        + " round(3.14159, 2) is 3.14. A negative precision rounds to tens, hundreds, ...:"
                        + " round(1250, -2) is 1200.")
                .parameter(Parameter.number("number").allowingNull().describedAs("the number; null gives null"))
                .variadic(Parameter.number("precision").allowingNull()
                        .describedAs("optional, default 0: decimal places (-" + MAX_PRECISION + " to "
                                + MAX_PRECISION + ")"))
                .returns(CtyType.NUMBER)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        List<CtyValue> options = Args.optionals(call, 1, "round");
        CtyValue number = call.arg(0);
        if (number.isNull()) {
            return CtyValue.nullVal(CtyType.NUMBER);
        }
        CtyValue p = Args.optional(options, 0);
        int precision = p == null ? 0 : Args.wholeNumber(p, 1, "precision", -MAX_PRECISION, MAX_PRECISION);
        BigFloat x = number.asBigFloat();
        if (x.isInfinite()) {
            return number;
        }
        BigDecimal rounded = new BigDecimal(x.text()).setScale(precision, RoundingMode.HALF_EVEN);
        return CtyValue.parseNumberVal(rounded.toPlainString());
    }
}
