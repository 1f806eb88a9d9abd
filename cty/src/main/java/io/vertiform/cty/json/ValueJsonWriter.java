package io.vertiform.cty.json;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes a value conforming to a type as go-cty's {@code json.Marshal} does (go-cty 1.18 order of checks). */
final class ValueJsonWriter {
    private final StringBuilder sb = new StringBuilder(256);

    String result() {
        return sb.toString();
    }

    void write(CtyValue val, CtyType t, CtyPath path) {
        if (val.isMarked()) {
            throw new CtyJsonException(path, "value has marks, so it cannot be serialized as JSON");
        }
        if (!val.isKnown()) {
            throw new CtyJsonException(path, "value is not known");
        }
        if (t.isDynamic() && !val.type().isDynamic()) {
            writeDynamic(val, path);
            return;
        }
        if (val.isNull()) {
            sb.append("null");
            return;
        }
        switch (t.kind()) {
            case STRING -> GoJsonStrings.appendQuoted(sb, val.asString());
            case NUMBER -> {
                if (val.asBigFloat().isInfinite()) {
                    throw new CtyJsonException(path, "cannot serialize infinity as JSON");
                }
                sb.append(val.asBigFloat().text());
            }
            case BOOL -> sb.append(val.asBool() ? "true" : "false");
            case LIST -> writeElements(val.elements(), t.elementType(), path, false);
            case SET -> writeElements(val.elements(), t.elementType(), path, true);
            case TUPLE -> writeTuple(val.elements(), t.tupleElementTypes(), path);
            case MAP -> writeMap(val.mapEntries(), t.elementType(), path);
            case OBJECT -> writeObject(val.mapEntries(), t.attributeTypes(), path);
            case DYNAMIC -> throw new CtyJsonException(path, "cannot JSON-serialize " + t.friendlyName());
        }
    }

    private void writeDynamic(CtyValue val, CtyPath path) {
        String typeJson = TypeJson.marshal(val.type());
        sb.append("{\"value\":");
        try {
            write(val, val.type(), path);
        } catch (PathError e) {
            // go-cty formats the inner error with %s, so only its message survives, attributed to the outer path.
            throw new CtyJsonException(path, "failed to serialize value: " + e.rawMessage());
        }
        sb.append(",\"type\":").append(typeJson).append('}');
    }

    private void writeElements(List<CtyValue> elems, CtyType ety, CtyPath path, boolean set) {
        sb.append('[');
        for (int i = 0; i < elems.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            CtyValue e = elems.get(i);
            write(e, ety, set ? path.index(e) : path.index(i));
        }
        sb.append(']');
    }

    private void writeTuple(List<CtyValue> elems, List<CtyType> etys, CtyPath path) {
        sb.append('[');
        for (int i = 0; i < elems.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            write(elems.get(i), etys.get(i), path.index(i));
        }
        sb.append(']');
    }

    private void writeMap(Map<String, CtyValue> entries, CtyType ety, CtyPath path) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, CtyValue> e : entries.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            GoJsonStrings.appendQuoted(sb, e.getKey());
            sb.append(':');
            write(e.getValue(), ety, path.index(e.getKey()));
        }
        sb.append('}');
    }

    private void writeObject(Map<String, CtyValue> attrs, Map<String, CtyType> atys, CtyPath path) {
        sb.append('{');
        boolean first = true;
        Iterator<Map.Entry<String, CtyValue>> values = attrs.entrySet().iterator();
        for (Map.Entry<String, CtyType> at : atys.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            String name = at.getKey();
            CtyValue av = ObjectAttributes.next(values, name, attrs);
            GoJsonStrings.appendQuoted(sb, name);
            sb.append(':');
            write(av, at.getValue(), path.getAttr(name));
        }
        sb.append('}');
    }
}
