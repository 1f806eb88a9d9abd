package io.vertiform.components.function;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;

/** {@code provider::vertiform::min(numbers)}: Finds the minimum value in a list of numbers. */
@Function("min")
public final class MinFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return Extremum.definition("Finds the minimum value in a list of numbers.");
    }

    @Override
    public CtyValue call(FunctionCall call) {
        return Extremum.pick(call, "min", -1);
    }
}
