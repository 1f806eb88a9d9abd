package io.vertiform.cty.json;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

/**
 * go-cty's type-preserving JSON encoding of values ({@code cty/json}): what Terraform uses for
 * {@code RawState.json} and JSON {@code DynamicValue}s. Where the type is {@link CtyType#DYNAMIC} the value is
 * wrapped as {@code {"value":V,"type":T}}.
 */
public final class ValueJson {
    private ValueJson() {
    }

    /**
     * Encodes {@code value} for decoding later as {@code type}, converting it first if its type does not conform.
     *
     * @throws CtyJsonException for unknown values ("value is not known"), marked values, infinities or a failed
     *                          conversion, located at the offending path
     */
    public static String marshal(CtyValue value, CtyType type) {
        CtyValue v = ValueConformance.conform(value, type, CtyJsonException::new);
        ValueJsonWriter w = new ValueJsonWriter();
        w.write(v, type, CtyPath.root());
        return w.result();
    }

    /** {@link #marshal} as UTF-8 bytes. */
    public static byte[] marshalBytes(CtyValue value, CtyType type) {
        return GoUtf8.encode(marshal(value, type));
    }

    /**
     * Decodes JSON into a value of {@code type} with go-cty's leniencies: numbers may be given as strings, strings
     * as numbers or bools, bools as "true"/"false"/"1"/"0"; missing object attributes become null; content after
     * the value is ignored.
     *
     * @throws CtyJsonException with go-cty's message and the path where decoding failed
     */
    public static CtyValue unmarshal(String json, CtyType type) {
        return unmarshal(GoUtf8.encode(json), type);
    }

    /** {@link #unmarshal(String, CtyType)} for UTF-8 bytes. */
    public static CtyValue unmarshal(byte[] json, CtyType type) {
        return new ValueJsonReader(json).read(0, json.length, type, CtyPath.root(), 0);
    }

    /**
     * go-cty's {@code json.ImpliedType}: objects become object types, arrays tuple types, nulls
     * {@link CtyType#DYNAMIC}.
     *
     * @throws CtyJsonException for malformed JSON or an object repeating a property with a different type
     */
    public static CtyType impliedType(String json) {
        return impliedType(GoUtf8.encode(json));
    }

    /** {@link #impliedType(String)} for UTF-8 bytes. */
    public static CtyType impliedType(byte[] json) {
        try {
            return JsonImpliedType.of(json);
        } catch (GoJsonError e) {
            throw new CtyJsonException(e.getMessage());
        }
    }
}
