package io.vertiform.cty.convert;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

import java.util.Set;

/**
 * The checks go-cty wraps around every conversion: marks are lifted off and put back on the result, conversion to
 * the dynamic pseudo-type passes the value through, and unknown or null inputs become an unknown or null of the
 * target type (optional-attribute markers removed, dynamic parts filled in from the input's type) without running
 * the conversion itself.
 */
final class GuardedConversion implements PathConversion {
    private final CtyType out;
    private final PathConversion forKnown;
    /** {@code out} without optional-attribute markers; computed on first need (benign race: immutable result). */
    private CtyType plainOut;

    GuardedConversion(CtyType out, PathConversion forKnown) {
        this.out = out;
        this.forKnown = forKnown;
    }

    @Override
    public CtyValue apply(CtyValue in, CtyPath path) {
        if (in.isMarked()) {
            Set<Object> marks = in.marks();
            return apply(in.unmark(), path).withMarks(marks);
        }
        if (out.isDynamic()) {
            return in;
        }
        if (!in.isKnown()) {
            return UnknownResults.converted(in, DynamicReplace.replace(in.type(), plainOut()));
        }
        if (in.isNull()) {
            return CtyValue.nullVal(DynamicReplace.replace(in.type(), plainOut()));
        }
        return forKnown.apply(in, path);
    }

    private CtyType plainOut() {
        CtyType t = plainOut;
        if (t == null) {
            t = out.withoutOptionalAttributesDeep();
            plainOut = t;
        }
        return t;
    }
}
