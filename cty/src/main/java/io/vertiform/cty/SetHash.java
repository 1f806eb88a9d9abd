package io.vertiform.cty;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.zip.CRC32;

/**
 * go-cty's set hashing: a canonical text form of an (unmarked) element ({@code appendSetHashBytes}) and its CRC-32.
 * The text doubles as the ordering key for elements of non-primitive types, so it must match go-cty byte for byte.
 */
public final class SetHash {
    private SetHash() {
    }

    /** go-cty's {@code Value.Hash()}: CRC-32 (IEEE) of {@link #hashString}, as an unsigned 32-bit value. */
    public static long hash(CtyValue v) {
        return crc32(hashString(v));
    }

    static long crc32(String hashString) {
        CRC32 crc = new CRC32();
        crc.update(hashString.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * The canonical form go-cty hashes: {@code ?} unknown, {@code ~} null, numbers as {@code %.10g}, {@code T}/
     * {@code F}, strings Go-quoted, lists/sets {@code [e;e;]}, maps {@code {k:v;}}, objects and tuples {@code <v;>}.
     * Marks are ignored.
     */
    public static String hashString(CtyValue v) {
        StringBuilder sb = new StringBuilder();
        append(v, sb);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void append(CtyValue v, StringBuilder sb) {
        if (!v.isKnown()) {
            sb.append('?');
            return;
        }
        if (v.isNull()) {
            sb.append('~');
            return;
        }
        Object p = v.rawPayload();
        switch (v.type().kind()) {
            case NUMBER -> sb.append(GoNumberFormat.g10((BigFloat) p));
            case BOOL -> sb.append((Boolean) p ? 'T' : 'F');
            case STRING -> sb.append(GoStrings.quote((String) p));
            case MAP -> {
                sb.append('{');
                for (Map.Entry<String, CtyValue> e : ((SortedMap<String, CtyValue>) p).entrySet()) {
                    sb.append(GoStrings.quote(e.getKey())).append(':');
                    append(e.getValue(), sb);
                    sb.append(';');
                }
                sb.append('}');
            }
            case LIST, SET -> {
                sb.append('[');
                List<CtyValue> elems = p instanceof SetElements s ? s.ordered() : (List<CtyValue>) p;
                for (CtyValue e : elems) {
                    append(e, sb);
                    sb.append(';');
                }
                sb.append(']');
            }
            case OBJECT -> {
                sb.append('<');
                for (CtyValue e : ((SortedMap<String, CtyValue>) p).values()) {
                    append(e, sb);
                    sb.append(';');
                }
                sb.append('>');
            }
            case TUPLE -> {
                sb.append('<');
                for (CtyValue e : (List<CtyValue>) p) {
                    append(e, sb);
                    sb.append(';');
                }
                sb.append('>');
            }
            default -> throw new IllegalStateException("unsupported type " + v.type().goString() + " in set hash");
        }
    }
}
