package io.vertiform.components.function;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import java.util.List;

/**
 * {@code provider::vertiform::pluralize(word[, count[, plural]])}: the word itself when count is 1, else its
 * plural — the one given, or {@link Plurals}' regular English form. Returns the word only, as pyvider's documented
 * examples show ({@code "${n} ${pluralize("file", n)}"}).
 */
@Function("pluralize")
public final class PluralizeFunction implements FunctionHandler {

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Pluralizes a word based on count.")
                .description("Singular when count is 1 (the default), else the plural: the given one, or the"
                        + " regular English plural (file → files, box → boxes, city → cities).")
                .parameter(Parameter.string("word").allowingNull().describedAs("the singular; null gives null"))
                .variadic(Parameter.of("options", CtyType.DYNAMIC).allowingNull()
                        .describedAs("optional: count (number, default 1), then plural (string, default regular);"
                                + " null means the default"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        List<CtyValue> options = Args.optionals(call, 2, "pluralize");
        CtyValue word = call.arg(0);
        if (word.isNull()) {
            return CtyValue.nullVal(CtyType.STRING);
        }
        CtyValue count = Args.optional(options, 0);
        CtyValue plural = Args.optional(options, 1);
        BigFloat n = count == null ? BigFloat.ONE : Args.convert(count, CtyType.NUMBER, 1, "count").asBigFloat();
        String pluralText = plural == null ? null : Args.convert(plural, CtyType.STRING, 2, "plural").asString();
        if (n.compareTo(BigFloat.ONE) == 0) {
            return word;
        }
        return CtyValue.stringVal(pluralText != null ? pluralText : Plurals.of(word.asString()));
    }
}
