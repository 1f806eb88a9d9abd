package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import java.util.List;

/**
 * {@code provider::vertiform::format(template, values)}: Python's {@code template.format(*values)} with every value
 * turned into text first ({@link FormatTemplate}). {@code values} is dynamic so that a tuple of mixed types
 * ({@code ["a", 1, true]}) arrives as written instead of being unified into strings.
 */
@Function("format")
public final class FormatFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Formats a string using positional arguments.")
                .description("Fills {} (the next value) and {0}, {1}, ... (a value by position) in the template with"
                        + " the values as text; {{ and }} are literal braces. Numbers print in Terraform's notation,"
                        + " bools as true/false, collections as JSON.")
                .parameter(Parameter.string("template").allowingNull().describedAs("the template; null gives null"))
                .parameter(Parameter.of("values", CtyType.DYNAMIC).allowingNull()
                        .describedAs("a list or tuple of values; null means none"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue template = call.arg(0);
        if (template.isNull()) {
            return CtyValue.nullVal(CtyType.STRING);
        }
        CtyValue values = call.arg(1);
        List<String> texts = values.isNull() ? List.of()
                : Args.strings(Args.sequence(values, 1, "values"), 1, "values");
        try {
            return CtyValue.stringVal(FormatTemplate.format(template.asString(), texts));
        } catch (FormatTemplate.FormatError e) {
            throw FunctionException.argument(e.blameValues ? 1 : 0, e.getMessage());
        }
    }
}
