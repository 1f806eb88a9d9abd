package io.vertiform.cty.json;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;

import java.util.function.BiFunction;

/**
 * The first step of go-cty's {@code Marshal} functions: a value whose type does not conform to the target type is
 * converted to it, and a failed conversion is reported (with go-cty's conversion message and path) in the codec's
 * own exception type.
 */
public final class ValueConformance {
    private ValueConformance() {
    }

    public static <E extends RuntimeException> CtyValue conform(CtyValue value, CtyType type,
                                                                BiFunction<CtyPath, String, E> error) {
        if (value.type().conformsTo(type)) {
            return value;
        }
        try {
            return Convert.convert(value, type);
        } catch (ConversionException e) {
            throw error.apply(e.path(), e.rawMessage());
        }
    }
}
