package io.vertiform.cty.json;

import io.vertiform.cty.CtyType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads go-cty's type JSON exactly as {@code cty.Type.UnmarshalJSON} does, including how Go's reflection-based
 * decoding of the nested {@code map[string]cty.Type}, {@code []cty.Type} and {@code []string} parts words its
 * errors and tolerates {@code null}.
 */
final class TypeJsonReader {
    /** Go has no limit; ours keeps recursion far from the thread's stack size. */
    static final int MAX_DEPTH = 512;

    private static final String GO_MAP_OF_TYPES = "map[string]cty.Type";
    private static final String GO_SLICE_OF_TYPES = "[]cty.Type";
    private static final String GO_SLICE_OF_STRINGS = "[]string";

    private TypeJsonReader() {
    }

    static CtyType parse(byte[] b, int start, int end, int depth) throws GoJsonError {
        if (depth > MAX_DEPTH) {
            throw new GoJsonError("type description is nested more than " + MAX_DEPTH + " levels deep");
        }
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, false);
        int tok = dec.token();
        switch (tok) {
            case GoJsonDecoder.STRING -> {
                CtyType t = switch (dec.text) {
                    case "bool" -> CtyType.BOOL;
                    case "number" -> CtyType.NUMBER;
                    case "string" -> CtyType.STRING;
                    case "dynamic" -> CtyType.DYNAMIC;
                    default -> throw new GoJsonError("invalid primitive type name " + io.vertiform.cty.GoStrings.quote(dec.text));
                };
                if (dec.more()) {
                    throw new GoJsonError("extraneous data after type description");
                }
                return t;
            }
            case GoJsonDecoder.BEGIN_ARRAY -> {
                return parseComplex(dec, b, depth);
            }
            case GoJsonDecoder.BEGIN_OBJECT -> throw new GoJsonError("invalid complex type description");
            default -> throw new GoJsonError("invalid type description");
        }
    }

    private static CtyType parseComplex(GoJsonDecoder dec, byte[] b, int depth) throws GoJsonError {
        if (dec.token() != GoJsonDecoder.STRING) {
            throw new GoJsonError("invalid complex type kind name");
        }
        CtyType result;
        switch (dec.text) {
            case "list", "map", "set" -> {
                String kind = dec.text;
                dec.readRawValue();
                CtyType ety = parse(b, dec.rawStart, dec.rawEnd, depth + 1);
                result = switch (kind) {
                    case "list" -> CtyType.list(ety);
                    case "map" -> CtyType.map(ety);
                    default -> CtyType.set(ety);
                };
            }
            case "object" -> {
                dec.readRawValue();
                Map<String, CtyType> atys = decodeTypeMap(b, dec.rawStart, dec.rawEnd, depth + 1);
                List<String> optionals = null;
                if (dec.more()) {
                    dec.readRawValue();
                    optionals = decodeStringSlice(b, dec.rawStart, dec.rawEnd);
                }
                result = makeObject(atys, optionals);
            }
            case "tuple" -> {
                dec.readRawValue();
                result = CtyType.tuple(decodeTypeSlice(b, dec.rawStart, dec.rawEnd, depth + 1));
            }
            default -> throw new GoJsonError("invalid complex type kind name");
        }
        if (dec.token() != GoJsonDecoder.END_ARRAY || dec.more()) {
            throw new GoJsonError("unexpected extra data in type description");
        }
        return result;
    }

    private static CtyType makeObject(Map<String, CtyType> atys, List<String> optionals) throws GoJsonError {
        Set<String> optionalSet = new HashSet<>();
        if (optionals != null) {
            for (String name : optionals) {
                // go-cty checks optional names against the attribute names before normalising either (and panics).
                if (!atys.containsKey(name)) {
                    throw new GoJsonError("optional contains undeclared attribute " + io.vertiform.cty.GoStrings.quote(name));
                }
                optionalSet.add(name);
            }
        }
        try {
            return CtyType.objectWithOptional(atys, optionalSet);
        } catch (IllegalArgumentException e) {
            throw new GoJsonError(e.getMessage());
        }
    }

    /** Go's {@code json.Unmarshal} into {@code map[string]cty.Type}; the range holds one valid JSON value. */
    private static Map<String, CtyType> decodeTypeMap(byte[] b, int start, int end, int depth) throws GoJsonError {
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, true);
        int tok = dec.token();
        if (tok == GoJsonDecoder.NULL) {
            return Map.of();
        }
        if (tok != GoJsonDecoder.BEGIN_OBJECT) {
            throw typeMismatch(tok, GO_MAP_OF_TYPES);
        }
        Map<String, CtyType> atys = new LinkedHashMap<>();
        while (dec.more()) {
            dec.token();
            String key = dec.text;
            dec.readRawValue();
            atys.put(key, parse(b, dec.rawStart, dec.rawEnd, depth));
        }
        return atys;
    }

    private static List<CtyType> decodeTypeSlice(byte[] b, int start, int end, int depth) throws GoJsonError {
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, true);
        int tok = dec.token();
        if (tok == GoJsonDecoder.NULL) {
            return List.of();
        }
        if (tok != GoJsonDecoder.BEGIN_ARRAY) {
            throw typeMismatch(tok, GO_SLICE_OF_TYPES);
        }
        List<CtyType> etys = new ArrayList<>();
        while (dec.more()) {
            dec.readRawValue();
            etys.add(parse(b, dec.rawStart, dec.rawEnd, depth));
        }
        return etys;
    }

    /** Go reports the first element of the wrong kind but keeps decoding; a null element becomes "". */
    private static List<String> decodeStringSlice(byte[] b, int start, int end) throws GoJsonError {
        GoJsonDecoder dec = new GoJsonDecoder(b, start, end, true);
        int tok = dec.token();
        if (tok == GoJsonDecoder.NULL) {
            return null;
        }
        if (tok != GoJsonDecoder.BEGIN_ARRAY) {
            throw typeMismatch(tok, GO_SLICE_OF_STRINGS);
        }
        List<String> names = new ArrayList<>();
        GoJsonError first = null;
        while (dec.more()) {
            dec.readRawValue();
            int c = b[dec.rawStart];
            if (c == '"') {
                names.add(GoJsonStrings.unquote(b, dec.rawStart, dec.rawEnd));
            } else {
                names.add("");
                if (c != 'n' && first == null) {
                    first = new GoJsonError("json: cannot unmarshal " + goKindOf(c) + " into Go value of type string");
                }
            }
        }
        if (first != null) {
            throw first;
        }
        return names;
    }

    private static GoJsonError typeMismatch(int tok, String goType) {
        String what = switch (tok) {
            case GoJsonDecoder.BEGIN_ARRAY -> "array";
            case GoJsonDecoder.BEGIN_OBJECT -> "object";
            case GoJsonDecoder.STRING -> "string";
            case GoJsonDecoder.TRUE, GoJsonDecoder.FALSE -> "bool";
            default -> "number";
        };
        return new GoJsonError("json: cannot unmarshal " + what + " into Go value of type " + goType);
    }

    private static String goKindOf(int firstByte) {
        return switch (firstByte) {
            case '[' -> "array";
            case '{' -> "object";
            case 't', 'f' -> "bool";
            default -> "number";
        };
    }
}
