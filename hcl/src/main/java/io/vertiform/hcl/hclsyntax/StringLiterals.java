package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import io.vertiform.hcl.GoQuote;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.text.GraphemeClusters;
import io.vertiform.hcl.text.Utf8;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoding of string literal tokens (hclsyntax's {@code ParseStringLiteralToken} and its {@code scanStringLit}
 * machine): backslash escapes in quoted strings, and the {@code $${} and {@code %%{} template escapes everywhere.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /** The text of a {@link TokenType#QUOTED_LIT} or {@link TokenType#STRING_LIT} token, with escapes resolved. */
    static Result<String> parse(Token tok) {
        boolean quoted = tok.type == TokenType.QUOTED_LIT;
        Diagnostics diags = new Diagnostics();
        ByteArrayOutputStream out = new ByteArrayOutputStream(tok.length());
        Pos end = tok.range.start();
        for (int[] slice : slices(tok.src, tok.from, tok.to, quoted)) {
            int from = slice[0];
            int to = slice[1];
            if (from == to) {
                continue;
            }
            Pos start = end;
            end = advance(tok.src, from, to, start);
            Range rng = new Range(tok.range.filename(), start, end);
            int len = to - from;
            byte first = tok.src[from];
            if (first == '\\' && quoted) {
                if (len < 2) {
                    diags.add(Diagnostic.error("Invalid escape sequence",
                            "Backslash must be followed by an escape sequence selector character.", rng));
                    continue;
                }
                byte sel = tok.src[from + 1];
                switch (sel) {
                    case 'n' -> out.write('\n');
                    case 'r' -> out.write('\r');
                    case 't' -> out.write('\t');
                    case '"' -> out.write('"');
                    case '\\' -> out.write('\\');
                    case 'u', 'U' -> unicodeEscape(tok.src, from, len, sel == 'u', rng, out, diags);
                    default -> {
                        diags.add(Diagnostic.error("Invalid escape sequence", "The symbol "
                                + GoQuote.quote(new String(tok.src, from + 1, len - 1, StandardCharsets.UTF_8))
                                + " is not a valid escape sequence selector.", rng));
                        out.write(tok.src, from + 1, len - 1);
                    }
                }
                continue;
            }
            if ((first == '$' || first == '%') && len == 3 && tok.src[from + 1] == first
                    && tok.src[from + 2] == '{') {
                out.write(first);
                out.write('{');
                continue;
            }
            out.write(tok.src, from, len);
        }
        return new Result<>(out.toString(StandardCharsets.UTF_8), diags);
    }

    private static void unicodeEscape(byte[] src, int from, int len, boolean shortForm, Range rng,
                                      ByteArrayOutputStream out, Diagnostics diags) {
        if (shortForm && len != 6) {
            diags.add(Diagnostic.error("Invalid escape sequence",
                    "The \\u escape sequence must be followed by four hexadecimal digits.", rng));
            return;
        }
        if (!shortForm && len != 10) {
            diags.add(Diagnostic.error("Invalid escape sequence",
                    "The \\U escape sequence must be followed by eight hexadecimal digits.", rng));
            return;
        }
        long num = Long.parseLong(new String(src, from + 2, len - 2, StandardCharsets.US_ASCII), 16);
        // Go converts to a 32-bit rune, so values above 0x7FFFFFFF become negative and unencodable too.
        int cp = (int) num;
        if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            diags.add(Diagnostic.error("Invalid escape sequence",
                    "Cannot encode character U+" + String.format("%04x", num) + " in UTF-8.", rng));
            return;
        }
        byte[] enc = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        out.write(enc, 0, enc.length);
    }

    /** Moves a position over {@code src[from, to)}; here a cluster starting with CR or LF starts a new line. */
    private static Pos advance(byte[] src, int from, int to, Pos start) {
        int line = start.line();
        int column = start.column();
        int i = from;
        while (i < to) {
            int n = GraphemeClusters.next(src, i, to);
            if (src[i] == '\r' || src[i] == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i = n;
        }
        return new Pos(line, column, start.byteOffset() + (to - from));
    }

    /**
     * Splits a literal into slices: escapes, template escapes and newlines each on their own, literal runs between
     * them (hclsyntax's scanStringLit, a longest-match Ragel machine).
     */
    static List<int[]> slices(byte[] b, int from, int to, boolean quoted) {
        List<int[]> ret = new ArrayList<>();
        int lit = from;
        int p = from;
        while (p < to) {
            int c = b[p] & 0xff;
            int tokEnd = -1;
            if (c == '\\' && quoted) {
                tokEnd = backslashEnd(b, p, to);
            } else if (c == '$' || c == '%') {
                tokEnd = p + 1;
                if (tokEnd < to && b[tokEnd] == c) {
                    tokEnd++;
                    if (tokEnd < to && b[tokEnd] == '{') {
                        tokEnd++;
                    }
                }
            } else if (c == '\r') {
                tokEnd = p + 1 < to && b[p + 1] == '\n' ? p + 2 : p + 1;
            } else if (c == '\n') {
                tokEnd = p + 1;
            }
            if (tokEnd < 0) {
                p++;
                continue;
            }
            if (lit < p) {
                ret.add(new int[] {lit, p});
            }
            ret.add(new int[] {p, tokEnd});
            p = tokEnd;
            lit = tokEnd;
        }
        if (lit < to) {
            ret.add(new int[] {lit, to});
        }
        return ret;
    }

    // backslash-u and up to four hex digits, backslash-U and up to eight, or a backslash and one other character.
    private static int backslashEnd(byte[] b, int p, int to) {
        int q = p + 1;
        if (q >= to) {
            return q;
        }
        int sel = b[q];
        if (sel == 'u' || sel == 'U') {
            int max = sel == 'u' ? 4 : 8;
            q++;
            for (int i = 0; i < max && q < to && isHex(b[q]); i++) {
                q++;
            }
            return q;
        }
        int len = Utf8.looseLength(b, q, to);
        return len == 0 ? q : q + len;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
