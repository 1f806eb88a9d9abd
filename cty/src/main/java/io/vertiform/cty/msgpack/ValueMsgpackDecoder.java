package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.CtyJsonException;
import io.vertiform.cty.json.GoUtf8;
import io.vertiform.cty.json.TypeJson;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.vertiform.cty.msgpack.MsgpackCodes.*;

/**
 * go-cty's msgpack {@code Unmarshal} (1.18): the accepted encodings, quirks and error texts are go-cty's, e.g. any
 * str or bin item is accepted where a string is expected, an empty map decodes as the empty object whatever the
 * schema says, and content after the value is ignored.
 */
final class ValueMsgpackDecoder {
    private static final CtyValue[] SMALL_INTS = new CtyValue[256];
    private static final CtyValue NULL_STRING = CtyValue.nullVal(CtyType.STRING);
    private static final CtyValue NULL_NUMBER = CtyValue.nullVal(CtyType.NUMBER);
    private static final CtyValue NULL_BOOL = CtyValue.nullVal(CtyType.BOOL);

    static {
        for (int i = 0; i < 256; i++) {
            SMALL_INTS[i] = CtyValue.numberIntVal((byte) i);
        }
    }

    private final MsgpackReader in;
    private final PathStack path = new PathStack();
    private int depth;

    ValueMsgpackDecoder(MsgpackReader in, int depth) {
        this.in = in;
        this.depth = depth;
    }

    CtyValue decode(CtyType ty) {
        int c;
        try {
            c = in.peek();
        } catch (MsgpackFormatError e) {
            throw path.error(e.getMessage());
        }
        if (isExt(c)) {
            return UnknownDecoding.read(in, ty, path, depth);
        }
        if (ty.isDynamic()) {
            return decodeDynamic();
        }
        if (c == NIL) {
            in.pos++;
            return nullOf(ty);
        }
        return switch (ty.kind()) {
            case STRING -> decodeString();
            case NUMBER -> decodeNumber();
            case BOOL -> decodeBool(c);
            case LIST, SET -> decodeListOrSet(ty);
            case MAP -> decodeMap(ty.elementType());
            case TUPLE -> decodeTuple(ty.tupleElementTypes());
            case OBJECT -> decodeObject(ty);
            case DYNAMIC -> throw path.error("unsupported type " + ty.friendlyName());
        };
    }

    private static CtyValue nullOf(CtyType ty) {
        return switch (ty.kind()) {
            case STRING -> NULL_STRING;
            case NUMBER -> NULL_NUMBER;
            case BOOL -> NULL_BOOL;
            default -> CtyValue.nullVal(ty);
        };
    }

    private void enter() {
        if (++depth > MsgpackLimits.MAX_DEPTH) {
            throw path.error(MsgpackLimits.TOO_DEEP);
        }
    }

    private CtyValue decodeString() {
        try {
            int n = in.readStringHeader();
            String s = GoUtf8.decode(in.bytes(), in.pos, n);
            in.pos += n;
            return CtyValue.stringVal(s);
        } catch (MsgpackFormatError e) {
            throw path.error("string is required");
        }
    }

    private CtyValue decodeBool(int c) {
        if (c == TRUE || c == FALSE) {
            in.pos++;
            return CtyValue.boolVal(c == TRUE);
        }
        throw path.error("bool is required");
    }

    private CtyValue decodeNumber() {
        try {
            int c = in.readCode();
            if (isFixedNum(c)) {
                return SMALL_INTS[c];
            }
            switch (c) {
                case INT8:
                    return int64((byte) in.readUint(1));
                case INT16:
                    return int64((short) in.readUint(2));
                case INT32:
                    return int64((int) in.readUint(4));
                case INT64:
                    return int64(in.readUint(8));
                case UINT8:
                case UINT16:
                case UINT32:
                case UINT64:
                    return CtyValue.numberUIntVal(in.readUint(1 << (c - UINT8)));
                case FLOAT32:
                    return float64(in.readFloat32Body());
                case FLOAT64:
                    return float64(in.readFloat64Body());
                default:
                    long n = in.bytesLen(c);
                    String text = "";
                    if (n > 0) {
                        in.need(n);
                        text = GoUtf8.decode(in.bytes(), in.pos, (int) n);
                        in.pos += (int) n;
                    }
                    return CtyValue.parseNumberVal(text);
            }
        } catch (MsgpackFormatError | NumberFormatException | ArithmeticException e) {
            throw path.error("number is required");
        }
    }

    private static CtyValue int64(long v) {
        return v >= -128 && v <= 127 ? SMALL_INTS[(int) v & 0xff] : CtyValue.numberIntVal(v);
    }

    private CtyValue float64(double v) {
        if (Double.isNaN(v)) {
            // go-cty would panic: big.Float cannot hold NaN.
            throw path.error("NaN is not a valid number");
        }
        return CtyValue.numberFloatVal(v);
    }

    private long collectionLength(String required) {
        try {
            return in.arrayLen(in.readCode());
        } catch (MsgpackFormatError e) {
            throw path.error(required);
        }
    }

    private CtyValue decodeListOrSet(CtyType ty) {
        boolean set = ty.isSetType();
        CtyType ety = ty.elementType();
        long n = collectionLength(set ? "a set is required" : "a list is required");
        if (n == 0) {
            return set ? CtyValue.setValEmpty(ety) : CtyValue.listValEmpty(ety);
        }
        enter();
        List<CtyValue> vals = new ArrayList<>((int) Math.min(n, in.remaining()));
        path.pushIndex(0);
        for (long i = 0; i < n; i++) {
            path.setIndex(i);
            vals.add(decode(ety));
        }
        path.pop();
        depth--;
        try {
            return set ? CtyValue.setVal(vals) : CtyValue.listVal(vals);
        } catch (IllegalArgumentException e) {
            // go-cty panics when dynamic elements disagree on their type.
            throw path.error(e.getMessage());
        }
    }

    private CtyValue decodeMap(CtyType ety) {
        long n;
        try {
            n = in.mapLen(in.readCode());
        } catch (MsgpackFormatError e) {
            throw path.error("a map is required");
        }
        if (n == 0) {
            return CtyValue.mapValEmpty(ety);
        }
        enter();
        Map<String, CtyValue> vals = new HashMap<>(capacityFor(n));
        path.pushKey("");
        for (long i = 0; i < n; i++) {
            String key;
            try {
                key = in.readString();
            } catch (MsgpackFormatError e) {
                // go-cty builds an error for a non-string key but never returns it, carrying on with "".
                key = "";
            }
            path.setKey(key);
            vals.put(key, decode(ety));
        }
        path.pop();
        depth--;
        try {
            return CtyValue.mapVal(vals);
        } catch (IllegalArgumentException e) {
            throw path.error(e.getMessage());
        }
    }

    private int capacityFor(long n) {
        return (int) Math.min(n, in.remaining()) * 4 / 3 + 1;
    }

    private CtyValue decodeTuple(List<CtyType> etys) {
        long n = collectionLength("a tuple is required");
        if (n == 0) {
            return CtyValue.EMPTY_TUPLE_VAL;
        }
        if (n != etys.size()) {
            throw path.error("a tuple of length " + etys.size() + " is required");
        }
        enter();
        List<CtyValue> vals = new ArrayList<>(etys.size());
        path.pushIndex(0);
        for (int i = 0; i < etys.size(); i++) {
            path.setIndex(i);
            vals.add(decode(etys.get(i)));
        }
        path.pop();
        depth--;
        return CtyValue.tupleVal(vals);
    }

    private CtyValue decodeObject(CtyType ty) {
        long n;
        try {
            n = in.mapLen(in.readCode());
        } catch (MsgpackFormatError e) {
            throw path.error("an object is required");
        }
        if (n == 0) {
            return CtyValue.EMPTY_OBJECT_VAL;
        }
        TypeCache.ObjectLayout layout = TypeCache.layout(ty);
        int want = layout.names.length;
        if (n != want) {
            throw path.error("an object with " + want + " attributes is required (" + n + " given)");
        }
        enter();
        CtyValue[] vals = new CtyValue[want];
        int filled = 0;
        byte[] b = in.bytes();
        path.pushKey(null);
        for (int i = 0; i < want; i++) {
            int len;
            try {
                len = in.readStringHeader();
            } catch (MsgpackFormatError e) {
                path.pop();
                throw path.error("all keys must be strings");
            }
            String name;
            int at;
            byte[] expected = layout.nameBytes[i];
            // Encoders write attributes in sorted order, so the i-th key is almost always the i-th attribute.
            if (len == expected.length && Arrays.equals(b, in.pos, in.pos + len, expected, 0, len)) {
                name = layout.names[i];
                at = i;
            } else {
                name = GoUtf8.decode(b, in.pos, len);
                at = layout.indexOf(name);
            }
            in.pos += len;
            path.setKey(name);
            if (at < 0) {
                throw path.error("unsupported attribute");
            }
            if (vals[at] == null) {
                filled++;
            }
            vals[at] = decode(layout.types[at]);
        }
        path.pop();
        depth--;
        if (filled < want) {
            return objectWithRepeatedKeys(layout, vals);
        }
        return CtyValue.objectVal(ty, Arrays.asList(vals));
    }

    // A repeated key overwrites the earlier value (Go map semantics), so go-cty builds an object with fewer
    // attributes than the schema has: its type is implied by what was read.
    private static CtyValue objectWithRepeatedKeys(TypeCache.ObjectLayout layout, CtyValue[] vals) {
        Map<String, CtyValue> read = new HashMap<>();
        for (int i = 0; i < vals.length; i++) {
            if (vals[i] != null) {
                read.put(layout.names[i], vals[i]);
            }
        }
        return CtyValue.objectVal(read);
    }

    private CtyValue decodeDynamic() {
        CtyType ty;
        try {
            long n = in.arrayLen(in.readCode());
            if (n == -1) {
                return CtyValue.nullVal(CtyType.DYNAMIC);
            }
            if (n != 2) {
                throw path.error("dynamic value array must have exactly two elements");
            }
            int len = in.readStringHeader();
            int start = in.pos;
            in.pos += len;
            ty = TypeJson.unmarshal(in.bytes(), start, len);
        } catch (MsgpackFormatError e) {
            throw path.error(e.getMessage());
        } catch (CtyJsonException e) {
            throw path.error(e.rawMessage());
        }
        enter();
        CtyValue v = decode(ty);
        depth--;
        return v;
    }
}
