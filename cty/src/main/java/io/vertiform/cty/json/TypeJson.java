package io.vertiform.cty.json;

import io.vertiform.cty.CtyType;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * go-cty's JSON form of types ({@code cty.Type.MarshalJSON/UnmarshalJSON}), used for schema attribute types and
 * inside dynamic values: {@code "string"}, {@code ["list","number"]},
 * {@code ["object",{"a":"string","b":"number"},["b"]]} (third element: the optional attributes).
 */
public final class TypeJson {
    private TypeJson() {
    }

    /** The exact text go-cty produces: attributes in Go's byte order, strings escaped as {@code json.Marshal} does. */
    public static String marshal(CtyType type) {
        StringBuilder sb = new StringBuilder(32);
        append(sb, type);
        return sb.toString();
    }

    /** {@link #marshal} as UTF-8 bytes. */
    public static byte[] marshalBytes(CtyType type) {
        return GoUtf8.encode(marshal(type));
    }

    static void append(StringBuilder sb, CtyType type) {
        switch (type.kind()) {
            case STRING -> sb.append("\"string\"");
            case NUMBER -> sb.append("\"number\"");
            case BOOL -> sb.append("\"bool\"");
            case DYNAMIC -> sb.append("\"dynamic\"");
            case LIST -> appendCollection(sb, "[\"list\",", type);
            case SET -> appendCollection(sb, "[\"set\",", type);
            case MAP -> appendCollection(sb, "[\"map\",", type);
            case TUPLE -> {
                sb.append("[\"tuple\",[");
                List<CtyType> etys = type.tupleElementTypes();
                for (int i = 0; i < etys.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    append(sb, etys.get(i));
                }
                sb.append("]]");
            }
            case OBJECT -> appendObject(sb, type);
        }
    }

    private static void appendCollection(StringBuilder sb, String prefix, CtyType type) {
        sb.append(prefix);
        append(sb, type.elementType());
        sb.append(']');
    }

    private static void appendObject(StringBuilder sb, CtyType type) {
        sb.append("[\"object\",{");
        boolean first = true;
        for (Map.Entry<String, CtyType> e : type.attributeTypes().entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            GoJsonStrings.appendQuoted(sb, e.getKey());
            sb.append(':');
            append(sb, e.getValue());
        }
        sb.append('}');
        SortedSet<String> optional = type.optionalAttributes();
        if (!optional.isEmpty()) {
            sb.append(",[");
            first = true;
            for (String name : optional) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                GoJsonStrings.appendQuoted(sb, name);
            }
            sb.append(']');
        }
        sb.append(']');
    }

    /**
     * Parses a type description with go-cty's leniencies (e.g. trailing {@code ]} after a complete description is
     * ignored) and its error texts.
     *
     * @throws CtyJsonException with go-cty's message, e.g. {@code invalid primitive type name "strin"}
     */
    public static CtyType unmarshal(String json) {
        return unmarshal(GoUtf8.encode(json));
    }

    /** {@link #unmarshal(String)} for UTF-8 bytes (as found in msgpack dynamic values and protocol messages). */
    public static CtyType unmarshal(byte[] json) {
        return unmarshal(json, 0, json.length);
    }

    /** {@link #unmarshal(byte[])} for {@code len} bytes of {@code buf} starting at {@code off}. */
    public static CtyType unmarshal(byte[] buf, int off, int len) {
        try {
            return TypeJsonReader.parse(buf, off, off + len, 0);
        } catch (GoJsonError e) {
            throw new CtyJsonException(e.getMessage());
        }
    }
}
