package io.vertiform.framework.schema;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Plain Java scalars to cty, for defaults and validator arguments. */
public final class JavaValues {

    private JavaValues() {
    }

    /** The cty value of a CtyValue, String, Boolean, Number or BigFloat; null for any other object. */
    public static CtyValue toCty(Object v) {
        if (v instanceof CtyValue c) {
            return c;
        }
        if (v instanceof String s) {
            return CtyValue.stringVal(s);
        }
        if (v instanceof Boolean b) {
            return CtyValue.boolVal(b);
        }
        if (v instanceof Number n) {
            return CtyValue.numberVal(toBigFloat(n));
        }
        if (v instanceof BigFloat f) {
            return CtyValue.numberVal(f);
        }
        return null;
    }

    /** Exact for integral types and BigDecimal; doubles keep their binary value. */
    public static BigFloat toBigFloat(Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigFloat.of(n.longValue());
        }
        if (n instanceof BigInteger bi) {
            return BigFloat.of(bi);
        }
        if (n instanceof BigDecimal bd) {
            return BigFloat.parse(bd.toString());
        }
        return BigFloat.of(n.doubleValue());
    }
}
