package io.vertiform.hcl.json;

import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.text.GraphemeClusters;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON syntax scanner (hcl's json/scanner.go). Deliberately loose: the parser validates numbers and strings
 * with Go's JSON rules. Its position bookkeeping is its own: a tab counts two columns, a carriage return none, and
 * columns inside strings count grapheme clusters while numbers and keywords count bytes. The first byte that
 * starts no token ends the scan with an invalid token.
 */
final class JsonScanner {
    private final byte[] b;
    private final String filename;
    private int line;
    private int column;
    private int byteOffset;
    private int i;

    private JsonScanner(byte[] b, String filename, Pos start) {
        this.b = b;
        this.filename = filename;
        this.line = start.line();
        this.column = start.column();
        this.byteOffset = start.byteOffset();
    }

    static List<JsonToken> scan(byte[] src, String filename, Pos start) {
        return new JsonScanner(src, filename, start).run();
    }

    private List<JsonToken> run() {
        List<JsonToken> tokens = new ArrayList<>();
        while (true) {
            skipWhitespace();
            if (i >= b.length) {
                tokens.add(token(JsonToken.Type.EOF, i, i, pos()));
                return tokens;
            }
            Pos start = pos();
            int from = i;
            int first = b[i] & 0xff;
            switch (first) {
                case '{', '}', '[', ']', ',', ':', '=' -> {
                    advance(1, 1);
                    tokens.add(token(single(first), from, i, start));
                }
                case '"' -> {
                    scanString();
                    tokens.add(token(JsonToken.Type.STRING, from, i, start));
                }
                default -> {
                    if (canStartNumber(first)) {
                        while (i < b.length && isNumberByte(b[i])) {
                            advance(1, 1);
                        }
                        tokens.add(token(JsonToken.Type.NUMBER, from, i, start));
                    } else if (isAlphabetical(first)) {
                        while (i < b.length && (isAlphabetical(b[i]) || b[i] == '_')) {
                            advance(1, 1);
                        }
                        tokens.add(token(JsonToken.Type.KEYWORD, from, i, start));
                    } else {
                        Pos end = new Pos(line, column + 1, byteOffset + 1);
                        tokens.add(new JsonToken(JsonToken.Type.INVALID, b, from, from + 1,
                                new Range(filename, start, end)));
                        tokens.add(new JsonToken(JsonToken.Type.EOF, b, from + 1, from + 1,
                                new Range(filename, end, end)));
                        return tokens;
                    }
                }
            }
        }
    }

    private void scanString() {
        advance(1, 1);
        boolean escaping = false;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c == '\\') {
                escaping = !escaping;
                advance(1, 1);
            } else if (c == '"') {
                advance(1, 1);
                if (!escaping) {
                    return;
                }
                escaping = false;
            } else if (c < 32) {
                return;
            } else {
                int next = GraphemeClusters.next(b, i, b.length);
                advance(next - i, 1);
                escaping = false;
            }
        }
    }

    private void skipWhitespace() {
        while (i < b.length) {
            switch (b[i]) {
                case ' ' -> advance(1, 1);
                case '\n' -> {
                    i++;
                    byteOffset++;
                    line++;
                    column = 1;
                }
                case '\r' -> {
                    i++;
                    byteOffset++;
                }
                case '\t' -> advance(1, 2);
                default -> {
                    return;
                }
            }
        }
    }

    private void advance(int bytes, int columns) {
        i += bytes;
        byteOffset += bytes;
        column += columns;
    }

    private Pos pos() {
        return new Pos(line, column, byteOffset);
    }

    private JsonToken token(JsonToken.Type type, int from, int to, Pos start) {
        return new JsonToken(type, b, from, to, new Range(filename, start, pos()));
    }

    private static JsonToken.Type single(int c) {
        return switch (c) {
            case '{' -> JsonToken.Type.BRACE_O;
            case '}' -> JsonToken.Type.BRACE_C;
            case '[' -> JsonToken.Type.BRACK_O;
            case ']' -> JsonToken.Type.BRACK_C;
            case ',' -> JsonToken.Type.COMMA;
            case ':' -> JsonToken.Type.COLON;
            default -> JsonToken.Type.EQUALS;
        };
    }

    private static boolean canStartNumber(int c) {
        return c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9');
    }

    private static boolean isNumberByte(byte c) {
        return c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= '0' && c <= '9');
    }

    private static boolean isAlphabetical(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
