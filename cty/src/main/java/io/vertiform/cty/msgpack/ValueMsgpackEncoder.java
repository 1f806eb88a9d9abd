package io.vertiform.cty.msgpack;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Walks a value and writes go-cty's msgpack encoding of it (go-cty 1.18, including refined unknowns). */
final class ValueMsgpackEncoder {
    private final MsgpackWriter out;
    private final PathStack path = new PathStack();

    ValueMsgpackEncoder(MsgpackWriter out) {
        this.out = out;
    }

    void encode(CtyValue val, CtyType ty) {
        if (val.isMarked()) {
            throw path.error("value has marks, so it cannot be serialized");
        }
        if (ty.isDynamic() && !val.type().isDynamic()) {
            // [type JSON as bin, value encoded per its own type]
            out.writeArrayHeader(2);
            out.writeBin(TypeCache.typeJson(val.type()));
            encode(val, val.type());
            return;
        }
        if (!val.isKnown()) {
            UnknownEncoding.write(out, val.range(), path);
            return;
        }
        if (val.isNull()) {
            out.writeNil();
            return;
        }
        switch (ty.kind()) {
            case STRING -> out.writeString(val.asString());
            case NUMBER -> writeNumber(out, val.asBigFloat());
            case BOOL -> out.writeBool(val.asBool());
            case LIST, SET -> writeElements(val.elements(), ty.elementType(), ty.isSetType());
            case TUPLE -> writeTuple(val.elements(), ty.tupleElementTypes());
            case MAP -> writeMap(val.mapEntries(), ty.elementType());
            case OBJECT -> writeObject(val.mapEntries(), ty);
            case DYNAMIC -> throw path.error("cannot msgpack-serialize " + ty.friendlyName());
        }
    }

    /** go-cty's number rule: exact int64 as an integer, an exact non-integral float64 as a float, else decimal text. */
    static void writeNumber(MsgpackWriter out, BigFloat bf) {
        if (bf.isInfinite()) {
            out.writeFloat64(bf.isNegative() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        } else if (bf.isInt64()) {
            out.writeInt(bf.toLong());
        } else if (!bf.isInt() && bf.isExactDouble()) {
            out.writeFloat64(bf.toDouble());
        } else {
            out.writeString(bf.text());
        }
    }

    private void writeElements(List<CtyValue> elems, CtyType ety, boolean set) {
        int n = elems.size();
        out.writeArrayHeader(n);
        if (n == 0) {
            return;
        }
        if (set) {
            path.pushElement(null);
        } else {
            path.pushIndex(0);
        }
        for (int i = 0; i < n; i++) {
            CtyValue e = elems.get(i);
            if (set) {
                path.setElement(e);
            } else {
                path.setIndex(i);
            }
            encode(e, ety);
        }
        path.pop();
    }

    private void writeTuple(List<CtyValue> elems, List<CtyType> etys) {
        int n = etys.size();
        out.writeArrayHeader(n);
        if (n == 0) {
            return;
        }
        path.pushIndex(0);
        for (int i = 0; i < n; i++) {
            path.setIndex(i);
            encode(elems.get(i), etys.get(i));
        }
        path.pop();
    }

    private void writeMap(Map<String, CtyValue> entries, CtyType ety) {
        out.writeMapHeader(entries.size());
        if (entries.isEmpty()) {
            return;
        }
        path.pushKey(null);
        for (Map.Entry<String, CtyValue> e : entries.entrySet()) {
            path.setKey(e.getKey());
            out.writeString(e.getKey());
            encode(e.getValue(), ety);
        }
        path.pop();
    }

    private void writeObject(Map<String, CtyValue> attrs, CtyType ty) {
        TypeCache.ObjectLayout layout = TypeCache.layout(ty);
        int n = layout.names.length;
        out.writeMapHeader(n);
        if (n == 0) {
            return;
        }
        Iterator<Map.Entry<String, CtyValue>> values = attrs.entrySet().iterator();
        path.pushAttr(null);
        for (int i = 0; i < n; i++) {
            String name = layout.names[i];
            path.setKey(name);
            CtyValue av = io.vertiform.cty.json.ObjectAttributes.next(values, name, attrs);
            out.writeRaw(layout.encodedKeys[i]);
            encode(av, layout.types[i]);
        }
        path.pop();
    }
}
