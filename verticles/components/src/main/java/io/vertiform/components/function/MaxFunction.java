package io.vertiform.components.function;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;

/** {@code provider::vertiform::max(numbers)}: Finds the maximum value in a list of numbers. */
@Function("max")
public final class MaxFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return Extremum.definition("Finds the maximum value in a list of numbers.");
    }

    @Override
    public CtyValue call(FunctionCall call) {
        return Extremum.pick(call, "max", 1);
    }
}
