package io.vertiform.cty.richjson;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.GoStrings;
import io.vertiform.cty.json.TypeJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Value → compact rich JSON, mirroring the Go oracle's richjson/print.go byte for byte. */
final class RichJsonPrinter {
    private RichJsonPrinter() {
    }

    static void print(CtyValue value, CtyType type, StringBuilder sb, CtyPath path) {
        if (value.isMarked()) {
            List<String> names = new ArrayList<>();
            for (Object mark : value.marks()) {
                names.add(MarkNames.toName(mark));
            }
            names.sort(GoStrings.ORDER);
            sb.append("{\"$marks\":[");
            for (int i = 0; i < names.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                JsonText.appendString(sb, names.get(i));
            }
            sb.append("],\"$value\":");
            print(value.unmark(), type, sb, path);
            sb.append('}');
            return;
        }
        if (type.isDynamic() && !value.type().isDynamic()) {
            sb.append("{\"value\":");
            print(value, value.type(), sb, path);
            sb.append(",\"type\":").append(TypeJson.marshal(value.type())).append('}');
            return;
        }
        if (!value.isKnown()) {
            sb.append("{\"$unknown\":true");
            RefinementJson.appendIfRefined(sb, value);
            sb.append('}');
            return;
        }
        if (value.isNull()) {
            sb.append("null");
            return;
        }
        switch (type.kind()) {
            case STRING -> JsonText.appendString(sb, value.asString());
            case NUMBER -> appendNumber(sb, value.asBigFloat());
            case BOOL -> sb.append(value.asBool() ? "true" : "false");
            case LIST, SET -> printSequence(value.elements(), i -> type.elementType(), sb, path);
            case TUPLE -> printSequence(value.elements(), i -> type.tupleElementTypes().get(i), sb, path);
            case MAP -> printMap(value, type, sb, path);
            case OBJECT -> printObject(value, type, sb, path);
            default -> throw new RichJsonException(path, "cannot print a value of type " + type.friendlyName());
        }
    }

    /** Finite numbers as bare JSON numbers in Go's {@code Text('f', -1)} form; infinities as "+Inf"/"-Inf". */
    static void appendNumber(StringBuilder sb, BigFloat number) {
        if (number.isInfinite()) {
            JsonText.appendString(sb, number.text());
        } else {
            sb.append(number.text());
        }
    }

    private interface ElementTypes {
        CtyType at(int index);
    }

    private static void printSequence(List<CtyValue> elements, ElementTypes types, StringBuilder sb, CtyPath path) {
        sb.append('[');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            print(elements.get(i), types.at(i), sb, path.index(i));
        }
        sb.append(']');
    }

    private static void printMap(CtyValue value, CtyType type, StringBuilder sb, CtyPath path) {
        List<Map.Entry<String, CtyValue>> entries = new ArrayList<>(value.mapEntries().entrySet());
        entries.sort(Map.Entry.comparingByKey(GoStrings.ORDER));
        List<String> keys = new ArrayList<>(entries.size());
        for (Map.Entry<String, CtyValue> e : entries) {
            keys.add(e.getKey());
        }
        checkNotWrapperShape(keys, path);
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, CtyValue> e : entries) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            JsonText.appendString(sb, e.getKey());
            sb.append(':');
            print(e.getValue(), type.elementType(), sb, path.index(e.getKey()));
        }
        sb.append('}');
    }

    private static void printObject(CtyValue value, CtyType type, StringBuilder sb, CtyPath path) {
        List<String> names = new ArrayList<>(type.attributeTypes().keySet());
        names.sort(GoStrings.ORDER);
        checkNotWrapperShape(names, path);
        sb.append('{');
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (i > 0) {
                sb.append(',');
            }
            JsonText.appendString(sb, name);
            sb.append(':');
            print(value.getAttr(name), type.attributeType(name), sb, path.getAttr(name));
        }
        sb.append('}');
    }

    private static void checkNotWrapperShape(List<String> keys, CtyPath path) {
        if (RichJsonParser.wrapperKind(new java.util.HashSet<>(keys)) != RichJsonParser.Wrapper.NONE) {
            throw new RichJsonException(path,
                    "these keys cannot be written in rich JSON: they would read back as a wrapper");
        }
    }
}
