package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;

/** {@code provider::vertiform::join(delimiter, list)}: the elements as text, joined. */
@Function("join")
public final class JoinFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Joins list elements with a delimiter.")
                .description("Every element is turned into text as tostring does; a null delimiter joins with"
                        + " nothing in between. Null elements are an error.")
                .parameter(Parameter.string("delimiter").allowingNull().describedAs("put between elements"))
                .parameter(Parameter.of("strings", CtyType.DYNAMIC).allowingNull()
                        .describedAs("a list, set or tuple; null gives null"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue list = call.arg(1);
        if (list.isNull()) {
            return CtyValue.nullVal(CtyType.STRING);
        }
        String delimiter = call.arg(0).isNull() ? "" : call.arg(0).asString();
        return CtyValue.stringVal(String.join(delimiter, Args.strings(Args.sequence(list, 1, "strings"), 1,
                "strings")));
    }
}
