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
 * {@code provider::vertiform::truncate(text[, max_length[, suffix]])}. Lengths count grapheme clusters, like
 * {@code length}, so a cut never splits an accented letter or an emoji. The two optional arguments have different
 * types, so the variadic tail is dynamic and each position is converted (and blamed) on its own.
 */
@Function("truncate")
public final class TruncateFunction implements FunctionHandler {

    static final int DEFAULT_MAX_LENGTH = 100;
    static final String DEFAULT_SUFFIX = "...";

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Truncates text to specified length.")
                .description("Text longer than max_length (default 100) is cut so that it ends with the suffix"
                        + " (default \"...\") and is exactly max_length characters long, suffix included:"
                        + " truncate(\"Hello world\", 8) gives \"Hello...\". When max_length is not longer than the"
                        + " suffix, the result is the suffix cut to max_length. Characters are grapheme clusters.")
                .parameter(Parameter.string("text").allowingNull().describedAs("the text; null gives null"))
                .variadic(Parameter.of("options", CtyType.DYNAMIC).allowingNull()
                        .describedAs("optional: max_length (number, default 100), then suffix (string, default"
                                + " \"...\"); null means the default"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        List<CtyValue> options = Args.optionals(call, 2, "truncate");
        CtyValue text = call.arg(0);
        if (text.isNull()) {
            return CtyValue.nullVal(CtyType.STRING);
        }
        CtyValue max = Args.optional(options, 0);
        CtyValue suf = Args.optional(options, 1);
        int maxLength = max == null ? DEFAULT_MAX_LENGTH : Args.wholeNumber(max, 1, "max_length", 0, Integer.MAX_VALUE);
        String suffix = suf == null ? DEFAULT_SUFFIX : Args.convert(suf, CtyType.STRING, 2, "suffix").asString();
        String s = text.asString();
        if (Graphemes.count(s) <= maxLength) {
            return text;
        }
        int suffixLength = Graphemes.count(suffix);
        if (maxLength <= suffixLength) {
            return CtyValue.stringVal(Graphemes.prefix(suffix, maxLength));
        }
        return CtyValue.stringVal(Graphemes.prefix(s, maxLength - suffixLength) + suffix);
    }
}
