package io.vertiform.components.function;

import io.vertiform.cty.CtyArithmetic;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;

/** {@code provider::vertiform::multiply(a, b)}: a * b. */
@Function("multiply")
public final class MultiplyFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return Arithmetic.definition("Multiplies two numbers.", "Returns a * b.");
    }

    @Override
    public CtyValue call(FunctionCall call) {
        return Arithmetic.apply(call, CtyArithmetic::multiply);
    }
}
