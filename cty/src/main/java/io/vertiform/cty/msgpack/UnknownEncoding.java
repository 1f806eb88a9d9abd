package io.vertiform.cty.msgpack;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.ValueRange;

/**
 * Unknown values on the wire. Without refinements: fixext1 type 0, {@code d4 00 00}. With refinements: extension type
 * 12 whose payload is a map with small integer keys, written in go-cty's order: 1 nullness (only "not null" is
 * written), then 2 string prefix, or 3/4 number bounds as {@code [number, inclusive]}, or 5/6 collection length
 * bounds. The dynamic pseudo-type is never refined.
 */
final class UnknownEncoding {
    static final int KEY_NULLNESS = 1;
    static final int KEY_STRING_PREFIX = 2;
    static final int KEY_NUMBER_MIN = 3;
    static final int KEY_NUMBER_MAX = 4;
    static final int KEY_LENGTH_MIN = 5;
    static final int KEY_LENGTH_MAX = 6;

    private static final byte[] WHOLLY_UNKNOWN = {(byte) 0xd4, 0, 0};

    private UnknownEncoding() {
    }

    static void write(MsgpackWriter out, ValueRange rng, PathStack path) {
        CtyType t = rng.typeConstraint();
        if (t.isDynamic() || !rng.hasRefinements()) {
            out.writeRaw(WHOLLY_UNKNOWN);
            return;
        }
        MsgpackWriter body = new MsgpackWriter(32);
        int entries = 0;
        if (rng.definitelyNotNull()) {
            entries++;
            body.writeInt(KEY_NULLNESS);
            body.writeBool(false);
        }
        if (t.equals(CtyType.NUMBER)) {
            CtyValue lower = rng.numberLowerBound();
            if (isFiniteBound(lower, true)) {
                entries++;
                body.writeInt(KEY_NUMBER_MIN);
                writeBound(body, lower, rng.numberLowerInclusive());
            }
            CtyValue upper = rng.numberUpperBound();
            if (isFiniteBound(upper, false)) {
                entries++;
                body.writeInt(KEY_NUMBER_MAX);
                writeBound(body, upper, rng.numberUpperInclusive());
            }
        } else if (t.equals(CtyType.STRING)) {
            String prefix = rng.stringPrefix();
            if (!prefix.isEmpty()) {
                entries++;
                body.writeInt(KEY_STRING_PREFIX);
                body.writeStringUtf8(StringPrefixes.truncatedForWire(prefix));
            }
        } else if (t.isCollectionType()) {
            int lower = rng.lengthLowerBound();
            if (lower != 0) {
                entries++;
                body.writeInt(KEY_LENGTH_MIN);
                body.writeInt(lower);
            }
            int upper = rng.lengthUpperBound();
            if (upper != Integer.MAX_VALUE) {
                entries++;
                body.writeInt(KEY_LENGTH_MAX);
                body.writeInt(upper);
            }
        }
        if (entries == 0) {
            out.writeRaw(WHOLLY_UNKNOWN);
            return;
        }
        MsgpackWriter header = new MsgpackWriter(4);
        header.writeMapHeader(entries);
        byte[] h = header.toByteArray();
        byte[] b = body.toByteArray();
        out.writeExtHeader(MsgpackCodes.EXT_REFINED_UNKNOWN, h.length + b.length);
        out.writeRaw(h);
        out.writeRaw(b);
    }

    /** go-cty leaves out the unbounded ends (negative infinity below, positive infinity above). */
    private static boolean isFiniteBound(CtyValue bound, boolean lower) {
        if (!bound.isKnown() || bound.isNull()) {
            return false;
        }
        BigFloat bf = bound.asBigFloat();
        return !(bf.isInfinite() && bf.isNegative() == lower);
    }

    private static void writeBound(MsgpackWriter body, CtyValue bound, boolean inclusive) {
        body.writeArrayHeader(2);
        ValueMsgpackEncoder.writeNumber(body, bound.asBigFloat());
        body.writeBool(inclusive);
    }
}
