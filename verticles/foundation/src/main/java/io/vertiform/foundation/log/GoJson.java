package io.vertiform.foundation.log;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes JSON the way Go's encoding/json does with its default HTML escaping, straight into a
 * {@link LineBuffer} (no intermediate tree).
 *
 * <p>Strings: {@code \"}, {@code \\}, {@code \n}, {@code \r}, {@code \t}; other control bytes, {@code <},
 * {@code >} and {@code &} as {@code \\u00XX} escapes; U+2028/U+2029 escaped; unpaired surrogates become U+FFFD.
 * Values: maps as objects with keys sorted by UTF-8 bytes, iterables and arrays as arrays, {@code byte[]} as
 * base64 (as Go encodes {@code []byte}), numbers and booleans bare, errors as their text, {@link Sensitive}
 * as its marker, anything else as its {@code toString()}. Unlike Go, NaN and infinities are written as
 * strings instead of failing the whole line.
 */
public final class GoJson {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int MAX_DEPTH = 32;

    private GoJson() {
    }

    public static void writeString(CharSequence s, LineBuffer out) {
        out.writeByte('"');
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                writeAsciiEscaped(c, out);
            } else if (c == '\u2028' || c == '\u2029') {
                out.writeByte('\\').writeByte('u').writeByte('2').writeByte('0').writeByte('2')
                        .writeByte(HEX[c & 0xF]);
            } else {
                int cp = Utf16.codePointAt(s, i);
                if (cp > 0xFFFF) {
                    i++;
                }
                if (cp == Utf16.REPLACEMENT && c != Utf16.REPLACEMENT) {
                    // Go writes invalid input as the escape sequence, not the raw replacement char.
                    out.writeAscii("\\ufffd");
                } else {
                    out.writeCodePoint(cp);
                }
            }
        }
        out.writeByte('"');
    }

    private static void writeAsciiEscaped(char c, LineBuffer out) {
        switch (c) {
            case '"':
                out.writeByte('\\').writeByte('"');
                return;
            case '\\':
                out.writeByte('\\').writeByte('\\');
                return;
            case '\n':
                out.writeByte('\\').writeByte('n');
                return;
            case '\r':
                out.writeByte('\\').writeByte('r');
                return;
            case '\t':
                out.writeByte('\\').writeByte('t');
                return;
            default:
                if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                    out.writeByte('\\').writeByte('u').writeByte('0').writeByte('0')
                            .writeByte(HEX[c >> 4]).writeByte(HEX[c & 0xF]);
                } else {
                    out.writeByte(c);
                }
        }
    }

    public static void writeValue(Object value, LineBuffer out) {
        writeValue(value, out, 0);
    }

    private static void writeValue(Object value, LineBuffer out, int depth) {
        if (value == null) {
            out.writeAscii("null");
        } else if (value instanceof String s) {
            writeString(s, out);
        } else if (value instanceof Boolean b) {
            out.writeAscii(b ? "true" : "false");
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof AtomicInteger || value instanceof AtomicLong) {
            out.writeLong(((Number) value).longValue());
        } else if (value instanceof Double d) {
            writeFloat(d, false, out);
        } else if (value instanceof Float f) {
            writeFloat(f, true, out);
        } else if (value instanceof BigInteger big) {
            out.writeAscii(big.toString());
        } else if (value instanceof BigDecimal dec) {
            out.writeAscii(dec.toPlainString());
        } else if (value instanceof Sensitive) {
            writeString(Sensitive.MARKER, out);
        } else if (value instanceof Throwable t) {
            writeString(ErrorText.of(t), out);
        } else if (value instanceof Enum<?> e) {
            writeString(e.name(), out);
        } else if (value instanceof CharSequence cs) {
            writeString(cs, out);
        } else if (depth >= MAX_DEPTH) {
            // A self-referencing structure must not overflow the stack of the logging thread.
            writeString("...", out);
        } else if (value instanceof JsonObject json) {
            writeMap(json.getMap(), out, depth);
        } else if (value instanceof JsonArray json) {
            writeIterable(json.getList(), out, depth);
        } else if (value instanceof Map<?, ?> map) {
            writeMap(map, out, depth);
        } else if (value instanceof Iterable<?> items) {
            writeIterable(items, out, depth);
        } else if (value instanceof Optional<?> opt) {
            writeValue(opt.orElse(null), out, depth + 1);
        } else if (value instanceof byte[] bytes) {
            writeString(Base64.getEncoder().encodeToString(bytes), out);
        } else if (value instanceof char[] chars) {
            writeString(new String(chars), out);
        } else if (value.getClass().isArray()) {
            out.writeByte('[');
            for (int i = 0, n = Array.getLength(value); i < n; i++) {
                if (i > 0) {
                    out.writeByte(',');
                }
                writeValue(Array.get(value, i), out, depth + 1);
            }
            out.writeByte(']');
        } else {
            writeString(String.valueOf(value), out);
        }
    }

    private static void writeFloat(double d, boolean single, LineBuffer out) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            writeString(Double.toString(d), out);
        } else {
            out.writeAscii(GoFloat.format(d, single));
        }
    }

    private static void writeMap(Map<?, ?> map, LineBuffer out, int depth) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            entries.add(Map.entry(String.valueOf(e.getKey()), e.getValue() == null ? NULL : e.getValue()));
        }
        entries.sort((a, b) -> Utf16.compareUtf8Order(a.getKey(), b.getKey()));
        out.writeByte('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : entries) {
            if (!first) {
                out.writeByte(',');
            }
            first = false;
            writeString(e.getKey(), out);
            out.writeByte(':');
            writeValue(e.getValue() == NULL ? null : e.getValue(), out, depth + 1);
        }
        out.writeByte('}');
    }

    private static void writeIterable(Iterable<?> items, LineBuffer out, int depth) {
        out.writeByte('[');
        boolean first = true;
        for (Object item : items) {
            if (!first) {
                out.writeByte(',');
            }
            first = false;
            writeValue(item, out, depth + 1);
        }
        out.writeByte(']');
    }

    // Map.entry rejects null values; a private marker stands in for them while sorting.
    private static final Object NULL = new Object();
}
