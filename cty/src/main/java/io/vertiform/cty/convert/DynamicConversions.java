package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;

/** Conversions where one side is the dynamic pseudo-type. */
final class DynamicConversions {
    /** To the dynamic pseudo-type: the caller accepts any type, so the value passes through untouched. */
    static final PathConversion PASSTHROUGH = (in, path) -> in;

    private DynamicConversions() {
    }

    /**
     * From the dynamic pseudo-type (unsafe only): the value's real type is checked when it arrives, by a full
     * {@link Convert#convert}, whose failure is re-attributed below the current path.
     */
    static PathConversion fixup(CtyType want) {
        return (in, path) -> {
            try {
                return Convert.convert(in, want);
            } catch (ConversionException e) {
                throw ConversionException.below(path, e);
            }
        };
    }
}
