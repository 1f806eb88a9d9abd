package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import java.util.List;

/**
 * {@code provider::vertiform::to_camel_case(text[, upper_first])}: camelCase, or PascalCase with
 * {@code upper_first = true}. The optional flag is the variadic tail (at most one value).
 */
@Function("to_camel_case")
public final class ToCamelCaseFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Converts text to camelCase.")
                .description("Splits on runs of '-', '_' and white space, lower-cases the first part and capitalises"
                        + " the others: \"hello_world\" gives \"helloWorld\". An optional second argument true"
                        + " capitalises the first part too (PascalCase).")
                .parameter(Parameter.string("text").allowingNull().describedAs("the text; null gives null"))
                .variadic(Parameter.bool("upper_first").allowingNull()
                        .describedAs("optional, default false: PascalCase instead of camelCase"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        List<CtyValue> options = Args.optionals(call, 1, "to_camel_case");
        CtyValue text = call.arg(0);
        if (text.isNull()) {
            return CtyValue.nullVal(CtyType.STRING);
        }
        CtyValue upperFirst = Args.optional(options, 0);
        return CtyValue.stringVal(TextCase.camel(text.asString(), upperFirst != null && upperFirst.asBool()));
    }
}
