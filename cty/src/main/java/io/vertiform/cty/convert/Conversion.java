package io.vertiform.cty.convert;

import io.vertiform.cty.CtyValue;

/**
 * A conversion from one specific source type to one target type, obtained from {@link Convert#getConversion} or
 * {@link Convert#getConversionUnsafe} (go-cty's {@code convert.Conversion}).
 *
 * <p>Apply it only to values of the source type it was obtained for, or to values of the dynamic pseudo-type.
 */
@FunctionalInterface
public interface Conversion {

    /**
     * Converts {@code in}.
     *
     * @throws ConversionException if this is an unsafe conversion and {@code in} is outside the convertible subset
     */
    CtyValue convert(CtyValue in);
}
