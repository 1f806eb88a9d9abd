package io.vertiform.components.function;

import io.vertiform.cty.CtyArithmetic;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.FunctionHandler;

/**
 * {@code provider::vertiform::divide(a, b)}: a / b. Division by zero is an error at the divisor — pyvider's
 * behaviour — rather than go-cty's infinity, which no configuration wants to carry on with.
 */
@Function("divide")
public final class DivideFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return Arithmetic.definition("Divides two numbers.", "Returns a / b; dividing by zero is an error.");
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue b = call.arg(1);
        if (!b.isNull() && b.asBigFloat().isZero() && !call.arg(0).isNull()) {
            throw FunctionException.argument(1, "Division by zero.");
        }
        return Arithmetic.apply(call, CtyArithmetic::divide);
    }
}
