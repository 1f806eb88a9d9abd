package io.vertiform.components.function;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;

/**
 * {@code provider::vertiform::replace(text, search, replacement)}: Python's {@code text.replace(search, repl)} —
 * every literal occurrence; an empty search inserts the replacement around every character (code point).
 */
@Function("replace")
public final class ReplaceFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Replaces occurrences of a substring.")
                .description("Replaces every occurrence of search (literal text, not a pattern); a null search or"
                        + " replacement counts as empty.")
                .parameter(Parameter.string("text").allowingNull().describedAs("the text; null gives null"))
                .parameter(Parameter.string("search").allowingNull().describedAs("what to replace"))
                .parameter(Parameter.string("replacement").allowingNull().describedAs("what to put instead"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        CtyValue text = call.arg(0);
        if (text.isNull()) {
            return CtyValue.nullVal(CtyType.STRING);
        }
        String search = call.arg(1).isNull() ? "" : call.arg(1).asString();
        String replacement = call.arg(2).isNull() ? "" : call.arg(2).asString();
        String s = text.asString();
        if (!search.isEmpty()) {
            return CtyValue.stringVal(s.replace(search, replacement));
        }
        StringBuilder out = new StringBuilder(replacement);
        s.codePoints().forEach(cp -> out.appendCodePoint(cp).append(replacement));
        return CtyValue.stringVal(out.toString());
    }
}
