package io.vertiform.cty.convert;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyValue;

/** A conversion step that knows where in the outermost value it works, so its errors can say so. */
@FunctionalInterface
interface PathConversion {

    /** @throws ConversionException attributed to {@code path} or below */
    CtyValue apply(CtyValue in, CtyPath path);

    /** The public face of this conversion: errors are attributed relative to the converted value itself. */
    default Conversion atRoot() {
        return in -> apply(in, CtyPath.root());
    }
}
