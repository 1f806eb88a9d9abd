package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;

/** {@code provider::vertiform::tostring(value)}: any value as text ({@link Stringify}). */
@Function("tostring")
public final class ToStringFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Explicitly converts a value to a string.")
                .description("Strings stay as they are, numbers print exactly in Terraform's notation (0.1 stays"
                        + " \"0.1\"), bools as \"true\"/\"false\", lists, maps and objects as compact JSON. A null"
                        + " gives null.")
                .parameter(Parameter.of("value", CtyType.DYNAMIC).allowingNull().describedAs("any value"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue v = call.arg(0);
        return v.isNull() ? CtyValue.nullVal(CtyType.STRING) : CtyValue.stringVal(Stringify.of(v));
    }
}
