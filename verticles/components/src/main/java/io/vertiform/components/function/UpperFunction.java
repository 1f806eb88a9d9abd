package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import java.util.Locale;

/** {@code provider::vertiform::upper(text)}: the text in upper case. */
@Function("upper")
public final class UpperFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Converts a string to uppercase.")
                .description("Full Unicode case mapping, independent of the machine's locale (\"straße\" becomes"
                        + " \"STRASSE\").")
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
        return CtyValue.stringVal(text.asString().toUpperCase(Locale.ROOT));
    }
}
