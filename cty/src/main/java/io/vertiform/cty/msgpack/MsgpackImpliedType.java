package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.vertiform.cty.msgpack.MsgpackCodes.*;

/**
 * go-cty's msgpack {@code ImpliedType}: maps become object types, arrays tuple types, nil and unknowns the dynamic
 * pseudo-type. Faithful to its quirks: a map or array whose length cannot be read is taken as dynamic without error,
 * and binary items are not accepted as strings.
 */
final class MsgpackImpliedType {
    private MsgpackImpliedType() {
    }

    static CtyType of(byte[] b) {
        MsgpackReader r = new MsgpackReader(b, 0, b.length);
        CtyType t;
        try {
            t = implied(r, 0);
        } catch (MsgpackFormatError e) {
            throw new CtyMsgpackException(e.getMessage());
        }
        if (!r.atEnd()) {
            throw new CtyMsgpackException("extra bytes after msgpack value");
        }
        return t;
    }

    private static CtyType implied(MsgpackReader r, int depth) throws MsgpackFormatError {
        if (depth > MsgpackLimits.MAX_DEPTH) {
            throw new MsgpackFormatError(MsgpackLimits.TOO_DEEP);
        }
        int c = r.peek();
        if (c == NIL || isExt(c)) {
            r.skip(depth);
            return CtyType.DYNAMIC;
        }
        if (c == TRUE || c == FALSE) {
            r.readBool();
            return CtyType.BOOL;
        }
        if (isFixedNum(c) || (c >= UINT8 && c <= INT64)) {
            r.readInt64();
            return CtyType.NUMBER;
        }
        if (c == FLOAT32 || c == FLOAT64) {
            r.readCode();
            r.readUint(c == FLOAT32 ? 4 : 8);
            return CtyType.NUMBER;
        }
        if (isString(c)) {
            r.readString();
            return CtyType.STRING;
        }
        if (isMap(c)) {
            return objectType(r, depth);
        }
        if (isArray(c)) {
            return tupleType(r, depth);
        }
        throw new MsgpackFormatError("unsupported msgpack code 0x" + hex(c));
    }

    private static CtyType objectType(MsgpackReader r, int depth) throws MsgpackFormatError {
        long n;
        try {
            n = r.mapLen(r.readCode());
        } catch (MsgpackFormatError e) {
            return CtyType.DYNAMIC;
        }
        Map<String, CtyType> atys = new LinkedHashMap<>();
        for (long i = 0; i < n; i++) {
            String k = r.readString();
            atys.put(k, implied(r, depth + 1));
        }
        return atys.isEmpty() ? CtyType.EMPTY_OBJECT : CtyType.object(atys);
    }

    private static CtyType tupleType(MsgpackReader r, int depth) throws MsgpackFormatError {
        long n;
        try {
            n = r.arrayLen(r.readCode());
        } catch (MsgpackFormatError e) {
            return CtyType.DYNAMIC;
        }
        if (n == 0) {
            return CtyType.EMPTY_TUPLE;
        }
        List<CtyType> etys = new ArrayList<>((int) Math.min(n, r.remaining()));
        for (long i = 0; i < n; i++) {
            etys.add(implied(r, depth + 1));
        }
        return CtyType.tuple(etys);
    }
}
