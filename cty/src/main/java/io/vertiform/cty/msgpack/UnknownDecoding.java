package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyException;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.Refinement;
import io.vertiform.cty.json.GoUtf8;

import java.util.List;

import static io.vertiform.cty.msgpack.UnknownEncoding.*;

/**
 * Reads an extension item as an unknown value, as go-cty 1.18 does: a payload of at most one byte (any extension
 * type) is a wholly unknown value; a longer one must be type 12 with a refinement map of at most 1024 bytes. Bytes
 * after the map inside the payload are ignored.
 *
 * <p>A refinement key it does not know is ignored the way go-cty ignores it: only the key is consumed, so the next
 * key is read from that key's value (an integer value is taken as a key; anything else fails as a non-integer key).
 * The wire format document asks decoders to ignore unknown keys; go-cty's reading of that is the one Terraform
 * applies, so both sides agree on what such a payload means.
 */
final class UnknownDecoding {
    private static final String BODY = "failed to decode msgpack extension body: ";
    private static final CtyType BOUND_TYPE = CtyType.tuple(List.of(CtyType.NUMBER, CtyType.BOOL));

    private UnknownDecoding() {
    }

    static CtyValue read(MsgpackReader in, CtyType ty, PathStack path, int depth) {
        long extLen;
        int typeCode;
        try {
            int c = in.readCode();
            extLen = in.extLen(c);
            typeCode = (byte) in.readCode();
        } catch (MsgpackFormatError e) {
            throw path.error("extension code is required for unknown value");
        }
        if (extLen <= 1) {
            try {
                in.skipN(extLen);
            } catch (MsgpackFormatError e) {
                throw path.error("failed to read msgpack extension body: " + e.getMessage());
            }
            return CtyValue.unknownVal(ty);
        }
        if (typeCode != MsgpackCodes.EXT_REFINED_UNKNOWN) {
            throw path.error("unsupported extension type 0x" + goHex2(typeCode) + " with len " + extLen);
        }
        if (extLen > MsgpackLimits.MAX_REFINEMENT_PAYLOAD) {
            throw path.error("oversize unknown value refinement");
        }
        int start = in.pos;
        try {
            in.skipN(extLen);
        } catch (MsgpackFormatError e) {
            throw path.error("failed to read msgpack extension body: " + e.getMessage());
        }
        MsgpackReader body = new MsgpackReader(in.bytes(), start, start + (int) extLen);
        long entries;
        try {
            entries = body.mapLen(body.readCode());
        } catch (MsgpackFormatError e) {
            throw path.error(BODY + "not a map");
        }
        if (ty.isDynamic()) {
            return CtyValue.DYNAMIC_VAL;
        }
        try {
            return refine(body, entries, ty, path, depth);
        } catch (CtyException | IllegalArgumentException | IllegalStateException e) {
            // go-cty panics on contradictory refinements; for untrusted input that is an error.
            if (e instanceof CtyMsgpackException cme) {
                throw cme;
            }
            throw path.error(BODY + e.getMessage());
        }
    }

    private static CtyValue refine(MsgpackReader body, long entries, CtyType ty, PathStack path, int depth) {
        Refinement builder = CtyValue.unknownVal(ty).refine();
        for (long i = 0; i < entries; i++) {
            long key;
            try {
                key = body.readInt64();
            } catch (MsgpackFormatError e) {
                throw path.error(BODY + "non-integer key in map");
            }
            if (key == KEY_NULLNESS) {
                boolean isNull;
                try {
                    isNull = body.readBool();
                } catch (MsgpackFormatError e) {
                    throw path.error(BODY + "null refinement is not boolean");
                }
                builder = isNull ? builder.definitelyNull() : builder.notNull();
            } else if (key == KEY_STRING_PREFIX) {
                builder = builder.stringPrefixFull(readPrefix(body, ty, path));
            } else if (key == KEY_LENGTH_MIN || key == KEY_LENGTH_MAX) {
                if (!ty.isCollectionType()) {
                    throw path.error(BODY + "length lower bound refinement for non-collection type");
                }
                long bound;
                try {
                    bound = body.readInt64();
                } catch (MsgpackFormatError e) {
                    throw path.error(BODY + "length bound refinement must be integer or [integer, bool] array");
                }
                int b = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, bound));
                builder = key == KEY_LENGTH_MIN ? builder.collectionLengthLowerBound(b)
                        : builder.collectionLengthUpperBound(b);
            } else if (key == KEY_NUMBER_MIN || key == KEY_NUMBER_MAX) {
                if (!ty.equals(CtyType.NUMBER)) {
                    throw path.error(BODY + "numeric bound refinement for non-number type");
                }
                List<CtyValue> bound = readNumberBound(body, path, depth);
                boolean inclusive = bound.get(1).asBool();
                builder = key == KEY_NUMBER_MIN ? builder.numberRangeLowerBound(bound.get(0), inclusive)
                        : builder.numberRangeUpperBound(bound.get(0), inclusive);
            }
            // any other key: go-cty leaves its value unread, see the class comment
        }
        return builder.newValue();
    }

    private static String readPrefix(MsgpackReader body, CtyType ty, PathStack path) {
        if (!ty.equals(CtyType.STRING)) {
            throw path.error(BODY + "string prefix refinement for non-string type");
        }
        int len;
        try {
            len = body.readStringHeader();
        } catch (MsgpackFormatError e) {
            throw path.error(BODY + "string prefix refinement is not string");
        }
        if (!GoUtf8.isValid(body.bytes(), body.pos, len)) {
            throw path.error(BODY + "string prefix refinement is not valid UTF-8");
        }
        String prefix = GoUtf8.decode(body.bytes(), body.pos, len);
        body.pos += len;
        return prefix;
    }

    /** A {@code [number, bool]} pair, decoded with the ordinary value rules as go-cty does. */
    private static List<CtyValue> readNumberBound(MsgpackReader body, PathStack path, int depth) {
        String bad = BODY + "length bound refinement must be [number, bool] array";
        CtyValue raw;
        try {
            raw = new ValueMsgpackDecoder(body, depth + 1).decode(BOUND_TYPE);
        } catch (CtyMsgpackException e) {
            throw path.error(bad);
        }
        if (raw.isNull() || !raw.isKnown() || raw.type().tupleElementTypes().size() != 2) {
            throw path.error(bad);
        }
        List<CtyValue> elems = raw.elements();
        CtyValue bound = elems.get(0);
        CtyValue inclusive = elems.get(1);
        if (!bound.type().equals(CtyType.NUMBER) || !bound.isKnown() || bound.isNull()
                || !inclusive.type().equals(CtyType.BOOL) || !inclusive.isKnown() || inclusive.isNull()) {
            throw path.error(bad);
        }
        return elems;
    }

    /** Go's {@code %02x} of an int8: negative values keep their sign ("-1"). */
    static String goHex2(int signedByte) {
        String h = Integer.toHexString(Math.abs(signedByte));
        String s = signedByte < 0 ? "-" + h : h;
        return s.length() < 2 ? "0" + s : s;
    }
}
