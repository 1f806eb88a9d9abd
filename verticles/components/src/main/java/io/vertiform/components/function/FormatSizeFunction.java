package io.vertiform.components.function;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionException;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import java.util.List;

/** {@code provider::vertiform::format_size(bytes[, precision])}: "1.5 KB" and friends ({@link SizeFormat}). */
@Function("format_size")
public final class FormatSizeFunction implements FunctionHandler {

    static final int MAX_PRECISION = 30;

    @Override
    public FunctionDefinition definition() {
        return FunctionDefinition.builder()
                .summary("Formats bytes as human-readable size.")
                .description("Binary units (1 KB = 1024 B) labelled B, KB, MB, GB, TB, PB, EB: 1536 gives \"1.5 KB\","
                        + " 512 gives \"512 B\", 0 gives \"0 B\". The optional precision (default 1, at most "
                        + MAX_PRECISION + ") is the number of decimals above bytes, rounded half to even.")
                .parameter(Parameter.number("size_bytes").allowingNull().describedAs("a byte count; null gives null"))
                .variadic(Parameter.number("precision").allowingNull()
                        .describedAs("optional, default 1: decimal places"))
                .returns(CtyType.STRING)
                .build();
    }

    @Override
    public CtyValue call(FunctionCall call) {
        List<CtyValue> options = Args.optionals(call, 1, "format_size");
        CtyValue size = call.arg(0);
        if (size.isNull()) {
            return CtyValue.nullVal(CtyType.STRING);
        }
        CtyValue p = Args.optional(options, 0);
        int precision = p == null ? 1 : Args.wholeNumber(p, 1, "precision", 0, MAX_PRECISION);
        BigFloat bytes = size.asBigFloat();
        if (bytes.isInfinite()) {
            throw FunctionException.argument(0, "The size must be a finite number, got " + bytes.text() + ".");
        }
        return CtyValue.stringVal(SizeFormat.format(bytes.toBigDecimal(), precision));
    }
}
