package io.vertiform.hcl.tools;

import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;

/** Small helpers writing JSON text exactly as Go's {@code encoding/json} would (HTML-safe string escaping). */
public final class GoJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private GoJson() {
    }

    public static StringBuilder quote(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&') {
                    sb.append(c);
                    continue;
                }
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
            } else if (c == '\u2028' || c == '\u2029') {
                sb.append(c == '\u2028' ? "\\u2028" : "\\u2029");
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append("\\ufffd");
            } else {
                sb.append(c);
            }
        }
        return sb.append('"');
    }

    public static String quote(String s) {
        return quote(new StringBuilder(s.length() + 2), s).toString();
    }

    /** {@code [startLine,startColumn,startByte,endLine,endColumn,endByte]}. */
    public static StringBuilder range(StringBuilder sb, Range r) {
        Pos s = r.start();
        Pos e = r.end();
        return sb.append('[').append(s.line()).append(',').append(s.column()).append(',').append(s.byteOffset())
                .append(',').append(e.line()).append(',').append(e.column()).append(',').append(e.byteOffset())
                .append(']');
    }

    /** {@code {"line":L,"column":C,"byte":B}}, as hcldec and the spec suite write positions. */
    public static StringBuilder pos(StringBuilder sb, Pos p) {
        return sb.append("{\"line\":").append(p.line()).append(",\"column\":").append(p.column())
                .append(",\"byte\":").append(p.byteOffset()).append('}');
    }
}
