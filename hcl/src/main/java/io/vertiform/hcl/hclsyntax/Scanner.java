package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.text.GoUnicode;
import io.vertiform.hcl.text.GraphemeClusters;
import io.vertiform.hcl.text.Utf8;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The native syntax scanner: a hand-written equivalent of hclsyntax's Ragel machines, token for token.
 *
 * <p>Like the Ragel scanner it is a longest-match scanner over raw bytes with a stack of states: the main state
 * (expressions and structure), quoted templates, heredoc templates, bare templates and identifier-only input.
 * Interpolation and directive openers push the main state; the matching closing brace pops it. Two of Ragel's
 * quirks are reproduced deliberately because they are observable in token boundaries and therefore in ranges:
 * a {@code $} or {@code %} that does not start a sequence is a token of its own, except that in heredocs and bare
 * templates the following character joins it when a newline comes right after that character; and a lone carriage
 * return inside a heredoc (or a bare template) stops the scanner, the rest of the input becoming one invalid (or
 * literal) token. Positions are computed as hclsyntax does: bytes skipped between tokens count one column each,
 * token contents are measured in grapheme clusters, and only "\n" and "\r\n" start new lines.
 */
final class Scanner {
    enum Mode { MAIN, STRING, HEREDOC, BARE, IDENT_ONLY }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final byte[] b;
    private final int end;
    private final String filename;
    private final List<Token> tokens;
    private final Mode rootMode;

    // Position of the end of the last emitted token.
    private int lastLine;
    private int lastColumn;
    private int lastByte;
    // Pos.byteOffset = byteBase + array index.
    private final int byteBase;

    private Mode mode;
    private Mode[] stack = new Mode[8];
    private int stackSize;
    private int braces;
    private int[] retBraces = new int[8];
    private int retBracesSize;
    private Heredoc[] heredocs = new Heredoc[4];
    private int heredocsSize;

    private int p;

    private static final class Heredoc {
        final int markerFrom;
        final int markerTo;
        boolean startOfLine = true;

        Heredoc(int markerFrom, int markerTo) {
            this.markerFrom = markerFrom;
            this.markerTo = markerTo;
        }
    }

    private Scanner(byte[] src, String filename, Pos start, Mode mode) {
        this.b = src;
        this.end = src.length;
        this.filename = filename;
        this.rootMode = mode;
        this.mode = mode;
        this.tokens = new ArrayList<>(Math.max(16, src.length / 4));
        int from = startsWith(src, UTF8_BOM) ? UTF8_BOM.length : 0;
        this.p = from;
        this.byteBase = start.byteOffset();
        this.lastLine = start.line();
        this.lastColumn = start.column();
        this.lastByte = byteBase + from;
    }

    /** Scans {@code src} (a UTF-8 byte order mark is skipped) starting at {@code start}. */
    static List<Token> scan(byte[] src, String filename, Pos start, Mode mode) {
        Scanner s = new Scanner(src, filename, start, mode);
        s.run();
        return s.tokens;
    }

    private void run() {
        while (p < end) {
            boolean ok;
            switch (mode) {
                case MAIN -> ok = scanMain();
                case STRING -> ok = scanString();
                case HEREDOC -> ok = scanHeredoc();
                case BARE -> ok = scanBare();
                default -> ok = scanIdentOnly();
            }
            if (!ok) {
                // No token matches here: the scanner gives up and the rest of the input is one token.
                boolean literal = rootMode == Mode.BARE && stackSize == 0;
                emit(literal ? TokenType.STRING_LIT : TokenType.INVALID, p, end);
                p = end;
            }
        }
        emit(TokenType.EOF, end, end);
    }

    // ------------------------------------------------------------------ main state

    private boolean scanMain() {
        int c = b[p] & 0xff;
        switch (c) {
            case ' ', '\t' -> {
                int q = p + 1;
                while (q < end && (b[q] == ' ' || b[q] == '\t')) {
                    q++;
                }
                p = q;
            }
            case '#' -> lineComment(p + 1);
            case '/' -> {
                if (at(p + 1) == '/') {
                    lineComment(p + 2);
                } else if (at(p + 1) == '*') {
                    int close = indexOf('*', '/', p + 2);
                    if (close < 0) {
                        single(TokenType.SLASH);
                    } else {
                        token(TokenType.COMMENT, close + 2);
                    }
                } else {
                    single(TokenType.SLASH);
                }
            }
            case '\n' -> single(TokenType.NEWLINE);
            case '\r' -> {
                if (at(p + 1) == '\n') {
                    token(TokenType.NEWLINE, p + 2);
                } else {
                    single(TokenType.INVALID);
                }
            }
            case '=' -> {
                int n = at(p + 1);
                if (n == '=') {
                    token(TokenType.EQUAL_OP, p + 2);
                } else if (n == '>') {
                    token(TokenType.FAT_ARROW, p + 2);
                } else {
                    single(TokenType.EQUAL);
                }
            }
            case '!' -> pair('=', TokenType.NOT_EQUAL, TokenType.BANG);
            case '>' -> pair('=', TokenType.GREATER_THAN_EQ, TokenType.GREATER_THAN);
            case '<' -> {
                if (at(p + 1) == '=') {
                    token(TokenType.LESS_THAN_EQ, p + 2);
                } else if (at(p + 1) != '<' || !heredocIntroducer()) {
                    single(TokenType.LESS_THAN);
                }
            }
            case '&' -> pair('&', TokenType.AND, TokenType.BITWISE_AND);
            case '|' -> pair('|', TokenType.OR, TokenType.BITWISE_OR);
            case '.' -> {
                if (at(p + 1) == '.' && at(p + 2) == '.') {
                    token(TokenType.ELLIPSIS, p + 3);
                } else {
                    single(TokenType.DOT);
                }
            }
            case '~' -> {
                if (at(p + 1) == '}') {
                    closeTemplateSequence(p + 2, true);
                } else {
                    single(TokenType.BITWISE_NOT);
                }
            }
            case '{' -> {
                single(TokenType.O_BRACE);
                braces++;
            }
            case '}' -> closeTemplateSequence(p + 1, false);
            case '"' -> {
                single(TokenType.O_QUOTE);
                push(Mode.STRING);
            }
            default -> {
                if (c >= '0' && c <= '9') {
                    number();
                    return true;
                }
                TokenType self = TokenType.selfToken(c);
                if (self != null) {
                    single(self);
                    return true;
                }
                int identStart = Utf8.identStartLength(b, p, end);
                if (identStart > 0) {
                    token(TokenType.IDENT, identEnd(p + identStart));
                    return true;
                }
                int len = Utf8.looseLength(b, p, end);
                if (len == 0) {
                    single(TokenType.BAD_UTF8);
                } else {
                    token(TokenType.INVALID, p + len);
                }
            }
        }
        return true;
    }

    private void pair(char second, TokenType both, TokenType alone) {
        if (at(p + 1) == second) {
            token(both, p + 2);
        } else {
            single(alone);
        }
    }

    private void lineComment(int from) {
        int q = from;
        while (q < end && b[q] != '\n') {
            q++;
        }
        token(TokenType.COMMENT, q < end ? q + 1 : q);
    }

    // digit, then digits, dots and exponents, never ending with a dot.
    private void number() {
        int q = p + 1;
        int lastGood = q;
        while (q < end) {
            int c = b[q];
            if (c >= '0' && c <= '9') {
                q++;
                lastGood = q;
            } else if (c == '.') {
                q++;
            } else if (c == 'e' || c == 'E') {
                int n = at(q + 1);
                if (n >= '0' && n <= '9') {
                    q += 2;
                    lastGood = q;
                } else if ((n == '+' || n == '-') && isDigit(at(q + 2))) {
                    q += 3;
                    lastGood = q;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        token(TokenType.NUMBER_LIT, lastGood);
    }

    /** The end of an identifier whose first character ends at {@code from}. */
    private int identEnd(int from) {
        int q = from;
        while (q < end) {
            int len = Utf8.identContinueLength(b, q, end);
            if (len == 0) {
                return q;
            }
            q += len;
        }
        return q;
    }

    /** {@code <<} or {@code <<-}, an identifier and a newline; true when it matched and was emitted. */
    private boolean heredocIntroducer() {
        int q = p + 2;
        if (at(q) == '-') {
            q++;
        }
        int first = q < end ? Utf8.identStartLength(b, q, end) : 0;
        if (first == 0) {
            return false;
        }
        int markerFrom = q;
        q = identEnd(q + first);
        int markerTo = q;
        if (at(q) == '\n') {
            q++;
        } else if (at(q) == '\r' && at(q + 1) == '\n') {
            q += 2;
        } else {
            return false;
        }
        token(TokenType.O_HEREDOC, q);
        if (heredocsSize == heredocs.length) {
            heredocs = Arrays.copyOf(heredocs, heredocsSize * 2);
        }
        heredocs[heredocsSize++] = new Heredoc(markerFrom, markerTo);
        push(Mode.HEREDOC);
        return true;
    }

    /** A closing brace ("}" or "~}") ending either a template sequence or an ordinary brace pair. */
    private void closeTemplateSequence(int to, boolean tilde) {
        if (retBracesSize > 0 && retBraces[retBracesSize - 1] == braces) {
            token(TokenType.TEMPLATE_SEQ_END, to);
            braces--;
            retBracesSize--;
            pop();
        } else {
            // A stray "~}" still becomes a sequence end, so the parser can report the misuse.
            token(tilde ? TokenType.TEMPLATE_SEQ_END : TokenType.C_BRACE, to);
            braces--;
        }
    }

    // ------------------------------------------------------------------ templates

    private boolean scanString() {
        int c = b[p] & 0xff;
        switch (c) {
            case '$', '%' -> {
                if (at(p + 1) == '{') {
                    beginSequence(c);
                } else if (p + 1 >= end) {
                    single(TokenType.INVALID);
                } else {
                    int escape = escapeEnd(c);
                    token(TokenType.QUOTED_LIT, escape > 0 ? escape : p + 1);
                }
            }
            case '"' -> {
                single(TokenType.C_QUOTE);
                pop();
            }
            case '\r', '\n' -> {
                int q = p + 1;
                while (q < end && (b[q] == '\r' || b[q] == '\n')) {
                    q++;
                }
                token(TokenType.QUOTED_NEWLINE, q);
            }
            default -> {
                int q = p;
                while (q < end) {
                    int ch = b[q] & 0xff;
                    if (ch == '\\') {
                        int len = q + 1 < end ? Utf8.looseLength(b, q + 1, end) : 0;
                        if (len == 0 || b[q + 1] == '\r' || b[q + 1] == '\n') {
                            break;
                        }
                        q += 1 + len;
                    } else if (ch == '$' || ch == '%' || ch == '"' || ch == '\r' || ch == '\n') {
                        break;
                    } else {
                        int len = Utf8.looseLength(b, q, end);
                        if (len == 0) {
                            break;
                        }
                        q += len;
                    }
                }
                if (q > p) {
                    token(TokenType.QUOTED_LIT, q);
                } else if (c == '\\') {
                    single(TokenType.INVALID);
                } else {
                    single(TokenType.BAD_UTF8);
                }
            }
        }
        return true;
    }

    private boolean scanHeredoc() {
        int c = b[p] & 0xff;
        if (c == '$' || c == '%') {
            if (at(p + 1) == '{') {
                beginSequence(c);
                return true;
            }
            if (p + 1 >= end) {
                return false;
            }
            int escape = escapeEnd(c);
            if (escape > 0) {
                heredocLiteral(escape, newlineEnd(escape));
            } else {
                dollarOrPercent(true);
            }
            return true;
        }
        int q = literalRunEnd(p);
        int nl = newlineEnd(q);
        if (nl > q || q > p) {
            heredocLiteral(q, nl);
            return true;
        }
        if (q < end && b[q] != '\r') {
            single(TokenType.BAD_UTF8);
            return true;
        }
        return false;
    }

    private boolean scanBare() {
        int c = b[p] & 0xff;
        if (c == '$' || c == '%') {
            if (at(p + 1) == '{') {
                beginSequence(c);
                return true;
            }
            if (p + 1 >= end) {
                return false;
            }
            int escape = escapeEnd(c);
            if (escape > 0) {
                token(TokenType.STRING_LIT, newlineEnd(escape));
            } else {
                dollarOrPercent(false);
            }
            return true;
        }
        int q = literalRunEnd(p);
        int nl = newlineEnd(q);
        if (nl > p) {
            token(TokenType.STRING_LIT, nl);
            return true;
        }
        if (q < end && b[q] != '\r') {
            single(TokenType.BAD_UTF8);
            return true;
        }
        return false;
    }

    /**
     * A {@code $} or {@code %} not starting a sequence, in a heredoc or bare template: the Ragel machine's held-back
     * lookahead makes the following character part of the token only when a newline comes right after it.
     */
    private void dollarOrPercent(boolean heredoc) {
        int next = at(p + 2);
        boolean joins = next == '\n' || next == '\r';
        int to = joins ? p + 2 : p + 1;
        if (heredoc) {
            // Whether Ragel treats this as ending a line makes no difference: a newline token follows at once.
            heredocLiteral(to, to);
        } else {
            token(TokenType.STRING_LIT, to);
        }
    }

    /** End of a "$${" / "%%{" escape (with an optional "~"), or 0 when there is none at p. */
    private int escapeEnd(int c) {
        if (at(p + 1) == c && at(p + 2) == '{') {
            return at(p + 3) == '~' ? p + 4 : p + 3;
        }
        return 0;
    }

    /** End of a run of literal template characters (anything but "$", "%", CR, LF and broken bytes). */
    private int literalRunEnd(int from) {
        int q = from;
        while (q < end) {
            int ch = b[q] & 0xff;
            if (ch == '$' || ch == '%' || ch == '\r' || ch == '\n') {
                break;
            }
            int len = ch < 0x80 ? 1 : Utf8.looseLength(b, q, end);
            if (len == 0) {
                break;
            }
            q += len;
        }
        return q;
    }

    /** The end of a newline ("\n" or "\r\n") at q, or q itself when there is none. */
    private int newlineEnd(int q) {
        if (at(q) == '\n') {
            return q + 1;
        }
        if (at(q) == '\r' && at(q + 1) == '\n') {
            return q + 2;
        }
        return q;
    }

    /**
     * A heredoc literal from p to {@code to}; when {@code to > textEnd} the literal ends a line, which may make it
     * the closing marker.
     */
    private void heredocLiteral(int textEnd, int to) {
        Heredoc top = heredocs[heredocsSize - 1];
        if (to == textEnd) {
            top.startOfLine = false;
            token(TokenType.STRING_LIT, to);
            return;
        }
        if (top.startOfLine && isMarker(p, to, top)) {
            int newlineFrom = b[to - 2] == '\r' && to - 2 >= p ? to - 2 : to - 1;
            token(TokenType.C_HEREDOC, newlineFrom);
            token(TokenType.NEWLINE, to);
            heredocsSize--;
            pop();
            return;
        }
        top.startOfLine = true;
        token(TokenType.STRING_LIT, to);
    }

    // Go's bytes.TrimSpace(line) == marker.
    private boolean isMarker(int from, int to, Heredoc doc) {
        String line = new String(b, from, to - from, StandardCharsets.UTF_8);
        String trimmed = GoUnicode.trimRightSpace(GoUnicode.trimLeftSpace(line));
        int len = doc.markerTo - doc.markerFrom;
        byte[] t = trimmed.getBytes(StandardCharsets.UTF_8);
        if (t.length != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (t[i] != b[doc.markerFrom + i]) {
                return false;
            }
        }
        return true;
    }

    private void beginSequence(int c) {
        int to = at(p + 2) == '~' ? p + 3 : p + 2;
        token(c == '$' ? TokenType.TEMPLATE_INTERP : TokenType.TEMPLATE_CONTROL, to);
        braces++;
        if (retBracesSize == retBraces.length) {
            retBraces = Arrays.copyOf(retBraces, retBracesSize * 2);
        }
        retBraces[retBracesSize++] = braces;
        if (heredocsSize > 0) {
            heredocs[heredocsSize - 1].startOfLine = false;
        }
        push(Mode.MAIN);
    }

    private boolean scanIdentOnly() {
        int identStart = Utf8.identStartLength(b, p, end);
        if (identStart > 0) {
            token(TokenType.IDENT, identEnd(p + identStart));
            return true;
        }
        int len = Utf8.looseLength(b, p, end);
        if (len == 0) {
            single(TokenType.BAD_UTF8);
        } else {
            token(TokenType.INVALID, p + len);
        }
        return true;
    }

    // ------------------------------------------------------------------ state stack and emission

    /** Enters {@code next}, remembering the current state (Ragel's fcall). */
    private void push(Mode next) {
        if (stackSize == stack.length) {
            stack = Arrays.copyOf(stack, stackSize * 2);
        }
        stack[stackSize++] = mode;
        mode = next;
    }

    /** Returns to the state that entered the current one (Ragel's fret). */
    private void pop() {
        mode = stack[--stackSize];
    }

    private int at(int i) {
        return i < end ? b[i] & 0xff : -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private int indexOf(char c1, char c2, int from) {
        for (int i = from; i + 1 < end; i++) {
            if (b[i] == c1 && b[i + 1] == c2) {
                return i;
            }
        }
        return -1;
    }

    private void single(TokenType type) {
        token(type, p + 1);
    }

    /** Emits a token from p to {@code to} and continues after it. */
    private void token(TokenType type, int to) {
        emit(type, p, to);
        p = to;
    }

    private void emit(TokenType type, int from, int to) {
        int startByte = byteBase + from;
        // Only spaces and tabs are ever skipped between tokens, so the gap is that many columns.
        int line = lastLine;
        int column = lastColumn + (startByte - lastByte);
        Pos start = new Pos(line, column, startByte);
        int i = from;
        while (i < to) {
            int c = b[i];
            if (c >= 0x20 && c < 0x7f) {
                // Printable ASCII is one cluster unless a combining character follows.
                int next = i + 1;
                if (next == to || b[next] >= 0) {
                    column++;
                    i = next;
                    continue;
                }
            }
            int n = GraphemeClusters.next(b, i, to);
            if ((n - i == 1 && c == '\n') || (n - i == 2 && c == '\r' && b[i + 1] == '\n')) {
                line++;
                column = 1;
            } else {
                column++;
            }
            i = n;
        }
        lastLine = line;
        lastColumn = column;
        lastByte = byteBase + to;
        tokens.add(new Token(type, b, from, to, new Range(filename, start, new Pos(line, column, lastByte))));
    }

    private static boolean startsWith(byte[] src, byte[] prefix) {
        if (src.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (src[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
