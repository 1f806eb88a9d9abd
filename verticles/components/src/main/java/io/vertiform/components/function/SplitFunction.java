package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code provider::vertiform::split(delimiter, text)}: Python's {@code text.split(delimiter)} — literal (not a
 * pattern), empty parts kept, an empty text gives an empty list, an empty delimiter is an error.
 */
@Function("split")
public final class SplitFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Splits a string by a delimiter.")
                .description("The delimiter is literal text. Empty parts are kept (\"a,,b\" gives three parts);"
                        + " an empty string gives an empty list.")
                .parameter(Parameter.string("delimiter").allowingNull().describedAs("a non-empty separator"))
                .parameter(Parameter.string("text").allowingNull().describedAs("the text; null gives null"))
                .returns(CtyType.list(CtyType.STRING))
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue text = call.arg(1);
        if (text.isNull()) {
            return CtyValue.nullVal(CtyType.list(CtyType.STRING));
        }
        String delimiter = call.arg(0).isNull() ? "" : call.arg(0).asString();
        if (delimiter.isEmpty()) {
            throw FunctionException.argument(0, "The delimiter must not be empty.");
        }
        String s = text.asString();
        if (s.isEmpty()) {
            return CtyValue.listValEmpty(CtyType.STRING);
        }
        List<CtyValue> parts = new ArrayList<>();
        int from = 0;
        for (int at = s.indexOf(delimiter); at >= 0; at = s.indexOf(delimiter, from)) {
            parts.add(CtyValue.stringVal(s.substring(from, at)));
            from = at + delimiter.length();
        }
        parts.add(CtyValue.stringVal(s.substring(from)));
        return CtyValue.listVal(parts);
    }
}
