package io.vertiform.components.function;

import io.vertiform.cty.CtyArithmetic;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;

/** {@code provider::vertiform::add(a, b)}: a + b. */
@Function("add")
public final class AddFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return Arithmetic.definition("Adds two numbers.", "Returns a + b.");
    }

    @Override
    public CtyValue call(FunctionCall call) {
        return Arithmetic.apply(call, CtyArithmetic::add);
    }
}
