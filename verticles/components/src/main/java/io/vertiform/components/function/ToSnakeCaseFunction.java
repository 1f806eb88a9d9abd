package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;

/** {@code provider::vertiform::to_snake_case(text)}. */
@Function("to_snake_case")
public final class ToSnakeCaseFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Converts text to snake_case.")
                .description("Hyphens become underscores, an underscore goes between a lower-case letter or digit and a"
                        + " following capital, then everything is lower-cased: \"HelloWorld\" gives \"hello_world\".")
                .parameter(Parameter.string("text").allowingNull().describedAs("the text; null gives null"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue text = call.arg(0);
        if (text.isNull()) {
            return CtyValue.nullVal(CtyType.STRING);
        }
        return CtyValue.stringVal(TextCase.snake(text.asString()));
    }
}
