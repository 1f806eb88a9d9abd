package io.vertiform.launcher.demo.client;

import io.vertiform.cty.CtyValue;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * cty values in the notation of Terraform's plan output: quoted strings with escapes, {@code (known after
 * apply)} for unknowns, {@code (sensitive value)} for anything marked sensitive, collections on one line.
 */
public final class ValueText {

    public static final String UNKNOWN = "(known after apply)";
    public static final String SENSITIVE = "(sensitive value)";

    private ValueText() {
    }

    public static String of(CtyValue v) {
        if (!v.deepMarks().isEmpty()) {
            return SENSITIVE;
        }
        if (!v.isKnown()) {
            return UNKNOWN;
        }
        if (v.isNull()) {
            return "null";
        }
        return switch (v.type().kind()) {
            case STRING -> quote(v.asString());
            case NUMBER -> v.asBigFloat().text();
            case BOOL -> String.valueOf(v.asBool());
            case LIST, SET, TUPLE -> list(v.elements());
            case MAP, OBJECT -> map(v.mapEntries());
            case DYNAMIC -> UNKNOWN;
        };
    }

    private static String list(List<CtyValue> elements) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        elements.forEach(e -> j.add(of(e)));
        return j.toString();
    }

    private static String map(Map<String, CtyValue> entries) {
        StringJoiner j = new StringJoiner(", ", "{ ", " }").setEmptyValue("{}");
        entries.forEach((k, e) -> j.add(k + " = " + of(e)));
        return j.toString();
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (cp < 0x20) {
                        sb.append(String.format("\\u%04X", cp));
                    } else {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.append('"').toString();
    }
}
