package io.vertiform.tests.hcl;

import java.util.List;
import java.util.Random;

/**
 * A seeded generator of native syntax: configuration files (attributes, blocks, comments, heredocs) and standalone
 * expressions and templates exercising every expression kind, mostly well-formed with occasional damage so error
 * paths and recovery get compared too. The same seed always yields the same text.
 */
final class HclGen {
    /** Variables the expression corpus may reference; {@link #VARS_JSON} gives them values. */
    static final List<String> VAR_NAMES = List.of("a", "b", "s", "n", "list", "obj", "m", "nested", "flag", "nul",
            "dynamic");
    static final String VARS_JSON = "{\"type\":[\"object\",{\"a\":\"number\",\"b\":\"number\",\"s\":\"string\","
            + "\"n\":\"number\",\"list\":[\"list\",\"string\"],\"obj\":[\"object\",{\"x\":\"number\",\"y\":\"string\","
            + "\"z\":[\"tuple\",[\"bool\",\"number\"]]}],\"m\":[\"map\",\"number\"],\"nested\":[\"list\",[\"object\","
            + "{\"k\":\"string\",\"v\":\"number\"}]],\"flag\":\"bool\",\"nul\":\"string\"}],"
            + "\"value\":{\"a\":1,\"b\":2.5,\"s\":\"h\u00e9llo\",\"n\":-3,\"list\":[\"x\",\"y\",\"z\"],"
            + "\"obj\":{\"x\":10,\"y\":\"why\",\"z\":[true,7]},\"m\":{\"one\":1,\"two\":2},"
            + "\"nested\":[{\"k\":\"p\",\"v\":1},{\"k\":\"q\",\"v\":2},{\"k\":\"p\",\"v\":3}],\"flag\":true,"
            + "\"nul\":null}}";

    private static final String[] IDENTS = {"a", "b", "foo", "bar_baz", "x1", "with-dash", "\u00e9t\u00e9", "_u",
        "resource", "data", "locals", "name", "count"};
    private static final String[] STRING_PIECES = {"hello", " ", "world", "\\n", "\\t", "\\\"", "\\\\", "\\u00e9",
        "\\U0001F600", "\u00e9", "\u65e5\u672c", "\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67", "a\u0300", "$$",
        "$${x}", "%%{y}", "$", "%", "{}", "x y", "\u2003", "\\r"};
    private static final String[] FUNCS = {"upper", "lower", "length", "strlen", "abs", "max", "min", "coalesce",
        "concat", "jsonencode", "reverse", "int", "hasindex", "nofunc"};
    private static final String[] BINARY = {"+", "-", "*", "/", "%", "==", "!=", "<", "<=", ">", ">=", "&&", "||"};

    private static final String DAMAGE = "{}[]()\"=,.:?!\n\r${}~#*";

    private final Random rnd;
    private final boolean damage;
    private final boolean references;

    HclGen(long seed, boolean damage, boolean references) {
        this.rnd = new Random(seed);
        this.damage = damage;
        this.references = references;
    }

    // ---------------------------------------------------------------- files

    String file() {
        StringBuilder sb = new StringBuilder();
        if (rnd.nextInt(10) == 0) {
            sb.append("# generated\n");
        }
        body(sb, 0, 1 + rnd.nextInt(6));
        return maybeDamage(sb.toString());
    }

    private void body(StringBuilder sb, int depth, int items) {
        for (int i = 0; i < items; i++) {
            indent(sb, depth);
            int k = rnd.nextInt(10);
            if (k < 6 || depth > 3) {
                sb.append(ident()).append(rnd.nextBoolean() ? " = " : "=");
                sb.append(expr(2));
                comment(sb);
                sb.append('\n');
            } else if (k < 9) {
                sb.append(ident());
                int labels = rnd.nextInt(3);
                for (int l = 0; l < labels; l++) {
                    sb.append(' ').append(rnd.nextInt(4) == 0 ? ident() : quoted(stringText(2)));
                }
                if (rnd.nextInt(6) == 0) {
                    sb.append(" { ").append(ident()).append(" = ").append(expr(1)).append(" }\n");
                } else if (rnd.nextInt(8) == 0) {
                    sb.append(" {}\n");
                } else {
                    sb.append(" {\n");
                    body(sb, depth + 1, rnd.nextInt(4));
                    indent(sb, depth);
                    sb.append("}\n");
                }
            } else {
                sb.append(switch (rnd.nextInt(4)) {
                    case 0 -> "# a comment\n";
                    case 1 -> "// another\n";
                    case 2 -> "/* block\n   comment */\n";
                    default -> "\n";
                });
            }
        }
    }

    private void comment(StringBuilder sb) {
        if (rnd.nextInt(8) == 0) {
            sb.append(rnd.nextBoolean() ? " # trailing" : " /* inline */");
        }
    }

    private void indent(StringBuilder sb, int depth) {
        sb.append("  ".repeat(depth));
        if (rnd.nextInt(20) == 0) {
            sb.append('\t');
        }
    }

    // ---------------------------------------------------------------- expressions

    String expression() {
        return maybeDamage(expr(3));
    }

    String template() {
        StringBuilder sb = new StringBuilder();
        templateBody(sb, 2, false);
        return maybeDamage(sb.toString());
    }

    String expr(int depth) {
        if (depth <= 0) {
            return term(0);
        }
        switch (rnd.nextInt(12)) {
            case 0, 1:
                return expr(depth - 1) + " " + BINARY[rnd.nextInt(BINARY.length)] + " " + expr(depth - 1);
            case 2:
                return expr(depth - 1) + " ? " + expr(depth - 1) + " : " + expr(depth - 1);
            case 3:
                return (rnd.nextBoolean() ? "-" : "!") + term(depth - 1);
            case 4:
                return forExpr(depth - 1);
            case 5:
                return splat(depth - 1);
            case 6:
                return "(" + expr(depth - 1) + ")";
            default:
                return term(depth - 1);
        }
    }

    private String term(int depth) {
        switch (rnd.nextInt(14)) {
            case 0:
                return number();
            case 1:
                return rnd.nextBoolean() ? "true" : "false";
            case 2:
                return "null";
            case 3, 4:
                return quotedTemplate(depth);
            case 5:
                return heredoc(depth);
            case 6:
                return tuple(depth);
            case 7:
                return object(depth);
            case 8:
                return call(depth);
            case 9, 10:
                return reference(depth);
            case 11:
                return "[" + number() + ", " + quoted(stringText(1)) + "][" + rnd.nextInt(3) + "]";
            default:
                return quoted(stringText(2));
        }
    }

    private String number() {
        switch (rnd.nextInt(8)) {
            case 0:
                return Integer.toString(rnd.nextInt(1000));
            case 1:
                return rnd.nextInt(100) + "." + rnd.nextInt(1000);
            case 2:
                return rnd.nextInt(10) + "e" + (rnd.nextBoolean() ? "-" : "+") + rnd.nextInt(30);
            case 3:
                return "0.1";
            case 4:
                return "3.14159265358979323846264338327950288419716939937510582097494459";
            case 5:
                return "1e400";
            default:
                return Integer.toString(rnd.nextInt(10));
        }
    }

    private String reference(int depth) {
        if (!references) {
            return number();
        }
        StringBuilder sb = new StringBuilder(VAR_NAMES.get(rnd.nextInt(VAR_NAMES.size())));
        int steps = rnd.nextInt(3);
        for (int i = 0; i < steps; i++) {
            switch (rnd.nextInt(6)) {
                case 0 -> sb.append(".x");
                case 1 -> sb.append(".y");
                case 2 -> sb.append('[').append(rnd.nextInt(3)).append(']');
                case 3 -> sb.append("[\"one\"]");
                case 4 -> sb.append(".0");
                default -> sb.append('[').append(depth > 0 ? expr(depth - 1) : "0").append(']');
            }
        }
        return sb.toString();
    }

    private String call(int depth) {
        String name = FUNCS[rnd.nextInt(FUNCS.length)];
        if (!references) {
            return tuple(depth);
        }
        int n = rnd.nextInt(3);
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(expr(Math.max(0, depth - 1)));
        }
        if (n > 0 && rnd.nextInt(6) == 0) {
            sb.append("...");
        }
        return sb.append(')').toString();
    }

    private String tuple(int depth) {
        int n = rnd.nextInt(4);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(rnd.nextInt(5) == 0 ? ",\n  " : ", ");
            }
            sb.append(expr(Math.max(0, depth - 1)));
        }
        if (n > 0 && rnd.nextInt(5) == 0) {
            sb.append(',');
        }
        return sb.append(']').toString();
    }

    private String object(int depth) {
        int n = rnd.nextInt(4);
        StringBuilder sb = new StringBuilder("{");
        boolean multiline = rnd.nextBoolean();
        for (int i = 0; i < n; i++) {
            sb.append(multiline ? "\n  " : (i > 0 ? ", " : " "));
            switch (rnd.nextInt(5)) {
                case 0 -> sb.append(quoted(stringText(1)));
                case 1 -> sb.append('(').append(references ? reference(0) : quoted("k")).append(')');
                case 2 -> sb.append(rnd.nextBoolean() ? "true" : "null");
                default -> sb.append(ident());
            }
            sb.append(rnd.nextInt(4) == 0 ? ": " : " = ").append(expr(Math.max(0, depth - 1)));
        }
        return sb.append(multiline ? "\n}" : " }").toString();
    }

    private String forExpr(int depth) {
        boolean obj = rnd.nextBoolean();
        String coll = references && rnd.nextBoolean()
                ? List.of("list", "obj", "m", "nested", "s").get(rnd.nextInt(5)) : tuple(depth);
        StringBuilder sb = new StringBuilder(obj ? "{" : "[").append("for ");
        boolean key = rnd.nextBoolean();
        sb.append(key ? "k, v" : "v").append(" in ").append(coll).append(" : ");
        String v = references ? (rnd.nextBoolean() ? "v" : expr(Math.max(0, depth - 1))) : "1";
        if (obj) {
            sb.append(key && rnd.nextBoolean() ? "k" : quoted("x")).append(" => ").append(v);
            if (rnd.nextInt(3) == 0) {
                sb.append("...");
            }
        } else {
            sb.append(v);
        }
        if (rnd.nextInt(3) == 0) {
            sb.append(" if ").append(references ? (key ? "k != 1" : "v != null") : "true");
        }
        return sb.append(obj ? "}" : "]").toString();
    }

    private String splat(int depth) {
        String src = references ? List.of("nested", "list", "obj", "nul", "a").get(rnd.nextInt(5)) : tuple(depth);
        String each = rnd.nextBoolean() ? ".k" : (rnd.nextBoolean() ? ".v" : "");
        return src + (rnd.nextBoolean() ? "[*]" : ".*") + each;
    }

    // ---------------------------------------------------------------- strings and templates

    private String stringText(int pieces) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(pieces + 1);
        for (int i = 0; i < n; i++) {
            sb.append(STRING_PIECES[rnd.nextInt(STRING_PIECES.length)]);
        }
        return sb.toString();
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private String quotedTemplate(int depth) {
        StringBuilder sb = new StringBuilder("\"");
        templateBody(sb, depth, true);
        return sb.append('"').toString();
    }

    private void templateBody(StringBuilder sb, int depth, boolean quoted) {
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(7)) {
                case 0, 1 -> sb.append(quoted ? stringText(2) : stringText(2).replace("\\", ""));
                case 2 -> sb.append(rnd.nextBoolean() ? "${" : "${~ ").append(expr(Math.max(0, depth - 1)))
                        .append(rnd.nextBoolean() ? "}" : " ~}");
                case 3 -> sb.append("%{ if ").append(references ? "flag" : "true").append(" }")
                        .append(stringText(1)).append(rnd.nextBoolean() ? "%{ else }" + stringText(1) : "")
                        .append(rnd.nextBoolean() ? "%{ endif }" : "%{~ endif ~}");
                case 4 -> sb.append("%{ for ").append(rnd.nextBoolean() ? "i, x" : "x").append(" in ")
                        .append(references ? "list" : "[1, 2]").append(" }").append(rnd.nextBoolean() ? "${x}" : "-")
                        .append("%{ endfor }");
                case 5 -> sb.append(quoted ? " " : "\n");
                default -> sb.append(stringText(1));
            }
        }
    }

    private String heredoc(int depth) {
        boolean flush = rnd.nextBoolean();
        String marker = rnd.nextBoolean() ? "EOT" : "END_OF_TEXT";
        StringBuilder sb = new StringBuilder("<<").append(flush ? "-" : "").append(marker).append('\n');
        int lines = rnd.nextInt(4);
        for (int i = 0; i < lines; i++) {
            sb.append(" ".repeat(rnd.nextInt(5)));
            if (rnd.nextInt(6) == 0) {
                sb.append('\t');
            }
            if (rnd.nextInt(4) == 0) {
                sb.append("${").append(expr(Math.max(0, depth - 1))).append('}');
            }
            sb.append(stringText(2).replace("\\", "")).append('\n');
        }
        sb.append(" ".repeat(rnd.nextInt(3))).append(marker).append('\n');
        return sb.toString();
    }

    private String ident() {
        return IDENTS[rnd.nextInt(IDENTS.length)];
    }

    // ---------------------------------------------------------------- token soup and JSON

    private static final String[] SOUP = {"a", "foo", "_x", "b-c", "x1", "\u00e9", "a\u0300", "\u65e5", "1", "12",
        "1.5", "1e3", "1.2.3", "0.", "1e", "1e+", " ", "  ", "\t", "\n", "\r\n", "\r", "=", "==", "!=", "<", "<=", ">",
        ">=", "&&", "||", "!", "+", "-", "*", "/", "%", "?", ":", ".", "..", "...", ",", "(", ")", "[", "]", "{", "}",
        "~}", "=>", "\"", "\"abc\"", "\"a\\\"b\"", "\"x${y}z\"", "${", "%{", "%{if", "endif", "else", "for",
        "in", "$", "$$", "$${", "%%{", "\\", "\\n", "\\u00e9", "\\U0001F600", "\\q", "#c\n", "// c\n",
        "/* c */", "/*", "*/", "<<EOT\n", "<<-EOT\n", "EOT\n", "  EOT\n", "EOT", "\ud83d\ude00", "\u200d",
        "\ud83d\udc69\u200d\ud83d\udc69", "\u201c", ";", "`", "'", "&", "|", "^", "~", "@", "\u0000",
        "\ufeff", "true", "false", "null", "[*]", ".*", ".0", "\u1100\u1161", "\u0300", "\u0600",
        "\ud83c\udde6\ud83c\udde6"};

    /** Arbitrary token fragments: mostly nonsense, exercising the scanner and the parser's recovery. */
    String soup() {
        int n = 1 + rnd.nextInt(30);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(SOUP[rnd.nextInt(SOUP.length)]);
        }
        return sb.toString();
    }

    private static final byte[][] RAW = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xc4, ' '}, {(byte) 0xe0, (byte) 0x80},
        {(byte) 0xf0, (byte) 0xa5, 0, 0}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0x80}};

    /** Token soup with malformed UTF-8 mixed in (bytes no Java string can hold). */
    byte[] byteSoup() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int n = 1 + rnd.nextInt(30);
        for (int i = 0; i < n; i++) {
            byte[] piece = rnd.nextInt(6) == 0 ? RAW[rnd.nextInt(RAW.length)]
                    : SOUP[rnd.nextInt(SOUP.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write(piece, 0, piece.length);
        }
        return out.toByteArray();
    }

    /** A JSON syntax document, usually an object of attributes, sometimes malformed. */
    String jsonDocument() {
        String body = rnd.nextInt(10) < 7 ? jsonObjectOfAttrs() : jsonValue(3);
        String ws = List.of("", " ", "\n", "\t", "\r\n").get(rnd.nextInt(5));
        return ws + body + ws;
    }

    private String jsonObjectOfAttrs() {
        StringBuilder sb = new StringBuilder("{");
        int n = rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(quoted(List.of("a", "b", "c", "//", "d").get(rnd.nextInt(5)))).append(": ").append(jsonValue(3));
        }
        return sb.append('}').toString();
    }

    private static final String[] JSON_STRINGS = {"a", "${a}", "x ${s} y", "%{if true}t%{endif}", "a.b", "${", "f(1)",
        "\u00e9\ud83d\ude00", "list", "${upper(s)}", "x", "hello", "", "a b"};
    private static final String[] JSON_ODD = {"\"\\u00e9\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"\\q\"",
        "\"a", "\"\\u12\"", "01", "1.", "-", ".5", "+1", "NaN", "tru", "undefined", "{", "}", "[", "]", ",", ":",
        "=", "@", ""};

    private String jsonValue(int depth) {
        int k = rnd.nextInt(depth > 0 ? 13 : 8);
        switch (k) {
            case 0:
                return List.of("0", "1", "-5", "3.25", "1000.0", "12345678901234567890", "1e400").get(rnd.nextInt(7));
            case 1:
                return List.of("true", "false", "null").get(rnd.nextInt(3));
            case 2, 5, 6, 7:
                return GoStringsForTests.jsonQuote(JSON_STRINGS[rnd.nextInt(JSON_STRINGS.length)]);
            case 3, 4:
                return rnd.nextInt(3) == 0 ? JSON_ODD[rnd.nextInt(JSON_ODD.length)]
                        : GoStringsForTests.jsonQuote(JSON_STRINGS[rnd.nextInt(JSON_STRINGS.length)]);
            case 8, 9: {
                StringBuilder sb = new StringBuilder("[");
                int n = rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? ", " : "").append(jsonValue(depth - 1));
                }
                return sb.append(rnd.nextInt(8) == 0 ? ",]" : "]").toString();
            }
            default: {
                StringBuilder sb = new StringBuilder("{");
                int n = rnd.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append(i > 0 ? (rnd.nextInt(10) == 0 ? " " : ", ") : "")
                            .append(quoted(List.of("a", "b", "s", "//", "${s}", "k").get(rnd.nextInt(6))))
                            .append(List.of(": ", ":", " = ", " : ").get(rnd.nextInt(4))).append(jsonValue(depth - 1));
                }
                return sb.append(List.of("}", "}", "}", ",}", "").get(rnd.nextInt(5))).toString();
            }
        }
    }

    // ---------------------------------------------------------------- damage

    /** Occasionally deletes, duplicates or inserts a character, so error paths and recovery are compared too. */
    private String maybeDamage(String s) {
        if (!damage || s.isEmpty() || rnd.nextInt(4) != 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s);
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = rnd.nextInt(sb.length());
            if (Character.isLowSurrogate(sb.charAt(at))) {
                at--;
            }
            switch (rnd.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, DAMAGE.charAt(rnd.nextInt(DAMAGE.length())));
                default -> sb.insert(at, sb.charAt(at));
            }
        }
        String out = sb.toString();
        // Never leave half a surrogate pair behind.
        return out.replaceAll("[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]", "?");
    }
}
