package io.vertiform.cty.json;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;

import java.util.List;
import java.util.function.BiFunction;

/**
 * The first step of go-cty's {@code Marshal} functions: a value whose type does not conform to the target type is
 * rejected with the first conformance error (type mismatch at a path), in the codec's own exception type.
 */
public final class ValueConformance {
    private ValueConformance() {
    }

    public static <E extends RuntimeException> CtyValue conform(CtyValue value, CtyType type,
                                                                BiFunction<CtyPath, String, E> error) {
        if (value.type().conformsTo(type)) {
            return value;
        }
        List<PathError> errs = value.type().testConformance(type);
        PathError first = errs.isEmpty() ? null : errs.get(0);
        if (first == null) {
            throw error.apply(CtyPath.root(), "value of type " + value.type().friendlyName()
                    + " does not conform to " + type.friendlyName());
        }
        throw error.apply(first.path(), first.rawMessage());
    }
}
