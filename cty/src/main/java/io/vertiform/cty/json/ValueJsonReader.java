package io.vertiform.cty.json;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.GoStrings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * go-cty's {@code json.Unmarshal}. Like go-cty, each nested value is first read whole (and so syntax-checked whole)
 * and then decoded on its own, which decides which error is reported when several are present.
 */
final class ValueJsonReader {
    /** Go recurses without limit; nested dynamic wrappers could otherwise exhaust the thread's stack. */
    static final int MAX_DEPTH = 1000;

    private final byte[] b;

    ValueJsonReader(byte[] b) {
        this.b = b;
    }

    CtyValue read(int start, int end, CtyType t, CtyPath path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new CtyJsonException(path, "value is nested more than " + MAX_DEPTH + " levels deep");
        }
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, true);
        int tok;
        try {
            tok = dec.token();
        } catch (GoJsonError e) {
            throw new CtyJsonException(path, e.getMessage());
        }
        if (tok == GoJsonDecoder.NULL) {
            return CtyValue.nullVal(t);
        }
        return switch (t.kind()) {
            case DYNAMIC -> readDynamic(start, end, path, depth);
            case STRING, NUMBER, BOOL -> primitive(tok, dec.text, t, path);
            case LIST, SET -> readListOrSet(start, end, t, path, depth);
            case MAP -> readMap(start, end, t.elementType(), path, depth);
            case TUPLE -> readTuple(start, end, t.tupleElementTypes(), path, depth);
            case OBJECT -> readObject(start, end, t, path, depth);
        };
    }

    private static CtyValue primitive(int tok, String text, CtyType t, CtyPath path) {
        switch (t.kind()) {
            case BOOL:
                if (tok == GoJsonDecoder.TRUE || tok == GoJsonDecoder.FALSE) {
                    return CtyValue.boolVal(tok == GoJsonDecoder.TRUE);
                }
                if (tok == GoJsonDecoder.STRING) {
                    return stringToBool(text, path);
                }
                throw new CtyJsonException(path, "bool is required");
            case NUMBER:
                if (tok == GoJsonDecoder.NUMBER || tok == GoJsonDecoder.STRING) {
                    try {
                        return CtyValue.parseNumberVal(text);
                    } catch (NumberFormatException e) {
                        throw new CtyJsonException(path, "a number is required");
                    }
                }
                throw new CtyJsonException(path, "number is required");
            default:
                if (tok == GoJsonDecoder.STRING || tok == GoJsonDecoder.NUMBER) {
                    return CtyValue.stringVal(text);
                }
                if (tok == GoJsonDecoder.TRUE || tok == GoJsonDecoder.FALSE) {
                    return CtyValue.stringVal(tok == GoJsonDecoder.TRUE ? "true" : "false");
                }
                throw new CtyJsonException(path, "string is required");
        }
    }

    /** go-cty's string-to-bool conversion (cty/convert), which JSON decoding delegates to. */
    private static CtyValue stringToBool(String s, CtyPath path) {
        switch (s) {
            case "true", "1":
                return CtyValue.TRUE;
            case "false", "0":
                return CtyValue.FALSE;
            default:
                // Only ASCII letters can lower-case to "true"/"false" under Go's strings.ToLower.
                String lower = asciiLower(s);
                if (lower.equals("true") || lower.equals("false")) {
                    throw new CtyJsonException(path,
                            "a bool is required; to convert from string, use lowercase \"" + lower + "\"");
                }
                throw new CtyJsonException(path, "a bool is required");
        }
    }

    private static String asciiLower(String s) {
        if (s.length() != 4 && s.length() != 5) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }

    private CtyValue readListOrSet(int start, int end, CtyType t, CtyPath path, int depth) {
        boolean set = t.isSetType();
        CtyType ety = t.elementType();
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, true);
        requireDelim(dec, GoJsonDecoder.BEGIN_ARRAY, path);
        List<CtyValue> vals = new ArrayList<>();
        CtyValue unknownKey = set ? CtyValue.unknownVal(ety) : null;
        long idx = 0;
        while (dec.more()) {
            CtyPath elemPath = set ? path.index(unknownKey) : path.index(idx++);
            try {
                dec.readRawValue();
            } catch (GoJsonError e) {
                throw new CtyJsonException(elemPath,
                        (set ? "failed to read set value: " : "failed to read list value: ") + e.getMessage());
            }
            vals.add(read(dec.rawStart, dec.rawEnd, ety, elemPath, depth + 1));
        }
        requireDelim(dec, GoJsonDecoder.END_ARRAY, path);
        try {
            if (vals.isEmpty()) {
                return set ? CtyValue.setValEmpty(ety) : CtyValue.listValEmpty(ety);
            }
            return set ? CtyValue.setVal(vals) : CtyValue.listVal(vals);
        } catch (IllegalArgumentException e) {
            // go-cty panics when dynamic elements disagree on their type.
            throw new CtyJsonException(path, e.getMessage());
        }
    }

    private CtyValue readMap(int start, int end, CtyType ety, CtyPath path, int depth) {
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, true);
        requireDelim(dec, GoJsonDecoder.BEGIN_OBJECT, path);
        Map<String, CtyValue> vals = new LinkedHashMap<>();
        while (dec.more()) {
            String k = requireObjectKey(dec, path.index(CtyValue.unknownVal(CtyType.STRING)), "failed to read map key: ");
            CtyPath elemPath = path.index(k);
            try {
                dec.readRawValue();
            } catch (GoJsonError e) {
                throw new CtyJsonException(elemPath, "failed to read map value: " + e.getMessage());
            }
            vals.put(k, read(dec.rawStart, dec.rawEnd, ety, elemPath, depth + 1));
        }
        requireDelim(dec, GoJsonDecoder.END_OBJECT, path);
        try {
            return vals.isEmpty() ? CtyValue.mapValEmpty(ety) : CtyValue.mapVal(vals);
        } catch (IllegalArgumentException e) {
            throw new CtyJsonException(path, e.getMessage());
        }
    }

    private CtyValue readTuple(int start, int end, List<CtyType> etys, CtyPath path, int depth) {
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, true);
        requireDelim(dec, GoJsonDecoder.BEGIN_ARRAY, path);
        List<CtyValue> vals = new ArrayList<>(etys.size());
        int idx = 0;
        while (dec.more()) {
            if (idx >= etys.size()) {
                throw new CtyJsonException(path, "too many tuple elements (need " + etys.size() + ")");
            }
            CtyPath elemPath = path.index(idx);
            CtyType ety = etys.get(idx++);
            try {
                dec.readRawValue();
            } catch (GoJsonError e) {
                throw new CtyJsonException(elemPath, "failed to read tuple value: " + e.getMessage());
            }
            vals.add(read(dec.rawStart, dec.rawEnd, ety, elemPath, depth + 1));
        }
        requireDelim(dec, GoJsonDecoder.END_ARRAY, path);
        if (vals.size() != etys.size()) {
            // go-cty reports this one step up from the tuple (and panics for a tuple at the root).
            throw new CtyJsonException(path.isEmpty() ? path : path.parent(),
                    "not enough tuple elements (need " + etys.size() + ")");
        }
        return vals.isEmpty() ? CtyValue.EMPTY_TUPLE_VAL : CtyValue.tupleVal(vals);
    }

    private CtyValue readObject(int start, int end, CtyType objectType, CtyPath path, int depth) {
        Map<String, CtyType> atys = objectType.attributeTypes();
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, true);
        requireDelim(dec, GoJsonDecoder.BEGIN_OBJECT, path);
        Map<String, CtyValue> vals = new HashMap<>();
        // go-cty reuses one path slot: a bad key is reported at the previous attribute (or the object itself).
        CtyPath lastAttrPath = path;
        while (dec.more()) {
            String k = requireObjectKey(dec, lastAttrPath, "failed to read object key: ");
            CtyType aty = atys.get(k);
            if (aty == null) {
                throw new CtyJsonException(path, "unsupported attribute " + GoStrings.quote(k));
            }
            lastAttrPath = path.getAttr(k);
            try {
                dec.readRawValue();
            } catch (GoJsonError e) {
                throw new CtyJsonException(lastAttrPath, "failed to read object value: " + e.getMessage());
            }
            vals.put(k, read(dec.rawStart, dec.rawEnd, aty, lastAttrPath, depth + 1));
        }
        requireDelim(dec, GoJsonDecoder.END_OBJECT, path);
        // Every attribute is present now (missing ones are null), so the object is built in the type's order.
        List<CtyValue> inOrder = new ArrayList<>(atys.size());
        for (Map.Entry<String, CtyType> at : atys.entrySet()) {
            CtyValue v = vals.get(at.getKey());
            inOrder.add(v != null ? v : CtyValue.nullVal(at.getValue()));
        }
        return CtyValue.objectVal(objectType, inOrder);
    }

    private CtyValue readDynamic(int start, int end, CtyPath path, int depth) {
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, true);
        requireDelim(dec, GoJsonDecoder.BEGIN_OBJECT, path);
        CtyType type = null;
        int valueStart = -1;
        int valueEnd = -1;
        while (dec.more()) {
            String key = requireObjectKey(dec, path, "failed to read dynamic type descriptor key: ");
            try {
                dec.readRawValue();
            } catch (GoJsonError e) {
                throw new CtyJsonException(path, "failed to read dynamic type descriptor value: " + e.getMessage());
            }
            switch (key) {
                case "type" -> {
                    try {
                        type = TypeJsonReader.parse(b, dec.rawStart, dec.rawEnd, 0);
                    } catch (GoJsonError e) {
                        throw new CtyJsonException(path, "failed to decode type for dynamic value: " + e.getMessage());
                    }
                }
                case "value" -> {
                    valueStart = dec.rawStart;
                    valueEnd = dec.rawEnd;
                }
                default -> throw new CtyJsonException(path,
                        "invalid key " + GoStrings.quote(key) + " in dynamically-typed value");
            }
        }
        requireDelim(dec, GoJsonDecoder.END_OBJECT, path);
        if (type == null) {
            throw new CtyJsonException(path, "missing type in dynamically-typed value");
        }
        if (valueStart < 0) {
            throw new CtyJsonException(path, "missing value in dynamically-typed value");
        }
        return read(valueStart, valueEnd, type, path, depth + 1);
    }

    private static void requireDelim(GoJsonDecoder dec, int delim, CtyPath path) {
        int tok;
        try {
            tok = dec.token();
        } catch (GoJsonError e) {
            throw new CtyJsonException(path, e.getMessage());
        }
        if (tok != delim) {
            throw new CtyJsonException(path, "missing expected " + (char) delim);
        }
    }

    private static String requireObjectKey(GoJsonDecoder dec, CtyPath path, String context) {
        int tok;
        try {
            tok = dec.token();
        } catch (GoJsonError e) {
            throw new CtyJsonException(path, context + e.getMessage());
        }
        if (tok != GoJsonDecoder.STRING) {
            throw new CtyJsonException(path, context + "missing expected object key");
        }
        return dec.text;
    }
}
