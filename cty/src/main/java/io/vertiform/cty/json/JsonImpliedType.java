package io.vertiform.cty.json;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.GoStrings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** go-cty's {@code json.ImpliedType} (1.18 behaviour, which rejects repeated properties of different types). */
final class JsonImpliedType {
    /** Go recurses without limit; this keeps deeply nested arrays from exhausting the thread's stack. */
    static final int MAX_DEPTH = 1000;

    private JsonImpliedType() {
    }

    static CtyType of(byte[] b) throws GoJsonError {
        GoJsonDecoder dec = new GoJsonDecoder(b, 0, b.length, true);
        CtyType t = forToken(dec.token(), dec, 0);
        if (dec.more()) {
            throw new GoJsonError("extraneous data after JSON object");
        }
        return t;
    }

    private static CtyType forToken(int tok, GoJsonDecoder dec, int depth) throws GoJsonError {
        return switch (tok) {
            case GoJsonDecoder.NULL -> CtyType.DYNAMIC;
            case GoJsonDecoder.TRUE, GoJsonDecoder.FALSE -> CtyType.BOOL;
            case GoJsonDecoder.NUMBER -> CtyType.NUMBER;
            case GoJsonDecoder.STRING -> CtyType.STRING;
            case GoJsonDecoder.BEGIN_OBJECT -> objectType(dec, depth + 1);
            case GoJsonDecoder.BEGIN_ARRAY -> tupleType(dec, depth + 1);
            default -> throw new GoJsonError("unexpected token " + GoStrings.quote(String.valueOf((char) tok)));
        };
    }

    private static void checkDepth(int depth) throws GoJsonError {
        if (depth > MAX_DEPTH) {
            throw new GoJsonError("JSON value is nested more than " + MAX_DEPTH + " levels deep");
        }
    }

    private static CtyType objectType(GoJsonDecoder dec, int depth) throws GoJsonError {
        checkDepth(depth);
        Map<String, CtyType> atys = new LinkedHashMap<>();
        while (true) {
            int tok = dec.token();
            if (tok == GoJsonDecoder.END_OBJECT) {
                break;
            }
            if (tok != GoJsonDecoder.STRING) {
                // Unreachable through Go's token stream, which rejects anything but a key here.
                throw new GoJsonError("unexpected delimiter " + GoStrings.quote(String.valueOf((char) tok)));
            }
            String key = dec.text;
            CtyType aty = forToken(dec.token(), dec, depth);
            CtyType existing = atys.get(key);
            if (existing != null && !existing.equals(aty)) {
                throw new GoJsonError("duplicate " + GoStrings.quote(key) + " property in JSON object");
            }
            atys.put(key, aty);
        }
        return atys.isEmpty() ? CtyType.EMPTY_OBJECT : CtyType.object(atys);
    }

    private static CtyType tupleType(GoJsonDecoder dec, int depth) throws GoJsonError {
        checkDepth(depth);
        List<CtyType> etys = new ArrayList<>();
        while (true) {
            int tok = dec.token();
            if (tok == GoJsonDecoder.END_ARRAY) {
                break;
            }
            etys.add(forToken(tok, dec, depth));
        }
        return etys.isEmpty() ? CtyType.EMPTY_TUPLE : CtyType.tuple(etys);
    }
}
