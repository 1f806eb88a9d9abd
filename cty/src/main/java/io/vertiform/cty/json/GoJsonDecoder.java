package io.vertiform.cty.json;

import java.util.Arrays;

/**
 * A replica of Go's {@code json.Decoder} token stream over a byte range: {@code Token}, {@code More} and
 * {@code Decode} into a raw message. go-cty drives this API in a particular way, and its accepted inputs and error
 * texts follow from this decoder's quirks (for example, {@code Token} does not check what follows a closing delimiter,
 * and a value is validated as a whole before go-cty looks inside it), so they are reproduced here state for state.
 */
final class GoJsonDecoder {
    // Token kinds returned by token().
    static final int STRING = 1;
    static final int NUMBER = 2;
    static final int TRUE = 3;
    static final int FALSE = 4;
    static final int NULL = 5;
    static final int BEGIN_ARRAY = '[';
    static final int END_ARRAY = ']';
    static final int BEGIN_OBJECT = '{';
    static final int END_OBJECT = '}';

    private static final int TOP_VALUE = 0;
    private static final int ARRAY_START = 1;
    private static final int ARRAY_VALUE = 2;
    private static final int ARRAY_COMMA = 3;
    private static final int OBJECT_START = 4;
    private static final int OBJECT_KEY = 5;
    private static final int OBJECT_COLON = 6;
    private static final int OBJECT_VALUE = 7;
    private static final int OBJECT_COMMA = 8;

    private final byte[] buf;
    private final int end;
    private final boolean useNumber;
    private final GoJsonScanner scanner = new GoJsonScanner();
    private int pos;
    private int tokenState = TOP_VALUE;
    private int[] tokenStack = new int[8];
    private int stackSize;
    private GoJsonError stickyError;

    /** Text of the last STRING token (decoded) or NUMBER token (as written). */
    String text;
    /** Range of the last value read by {@link #readRawValue()}, without surrounding whitespace. */
    int rawStart;
    int rawEnd;

    /**
     * @param useNumber like {@code Decoder.UseNumber()}; without it numbers are decoded as Go float64, which fails
     *                  for numbers beyond float64 range
     */
    GoJsonDecoder(byte[] buf, int start, int end, boolean useNumber) {
        this.buf = buf;
        this.pos = start;
        this.end = end;
        this.useNumber = useNumber;
    }

    /** {@code Decoder.Token()}: the kind of the next token; its text is in {@link #text}. */
    int token() throws GoJsonError {
        while (true) {
            int c = peek();
            switch (c) {
                case '[', '{' -> {
                    if (!tokenValueAllowed()) {
                        throw tokenError(c);
                    }
                    pos++;
                    push(tokenState);
                    tokenState = c == '[' ? ARRAY_START : OBJECT_START;
                    return c;
                }
                case ']', '}' -> {
                    boolean ok = c == ']'
                            ? tokenState == ARRAY_START || tokenState == ARRAY_COMMA
                            : tokenState == OBJECT_START || tokenState == OBJECT_COMMA;
                    if (!ok) {
                        throw tokenError(c);
                    }
                    pos++;
                    tokenState = tokenStack[--stackSize];
                    tokenValueEnd();
                    return c;
                }
                case ':' -> {
                    if (tokenState != OBJECT_COLON) {
                        throw tokenError(c);
                    }
                    pos++;
                    tokenState = OBJECT_VALUE;
                }
                case ',' -> {
                    if (tokenState == ARRAY_COMMA) {
                        pos++;
                        tokenState = ARRAY_VALUE;
                    } else if (tokenState == OBJECT_COMMA) {
                        pos++;
                        tokenState = OBJECT_KEY;
                    } else {
                        throw tokenError(c);
                    }
                }
                default -> {
                    if (c == '"' && (tokenState == OBJECT_START || tokenState == OBJECT_KEY)) {
                        int old = tokenState;
                        tokenState = TOP_VALUE;
                        try {
                            decodeScalar();
                        } finally {
                            tokenState = old;
                        }
                        tokenState = OBJECT_COLON;
                        return STRING;
                    }
                    if (!tokenValueAllowed()) {
                        throw tokenError(c);
                    }
                    return decodeScalar();
                }
            }
        }
    }

    /** {@code Decoder.More()}. */
    boolean more() {
        int c = peekOrEnd();
        return c >= 0 && c != ']' && c != '}';
    }

    /** {@code Decoder.Decode(&json.RawMessage)}: reads one whole value and records its range. */
    void readRawValue() throws GoJsonError {
        beginDecode();
        int n = readValue();
        int s = pos;
        pos += n;
        while (GoJsonScanner.isSpace(buf[s])) {
            s++; // like RawMessage, the range starts at the value itself
        }
        rawStart = s;
        rawEnd = pos;
        tokenValueEnd();
    }

    private int decodeScalar() throws GoJsonError {
        beginDecode();
        int n = readValue();
        int start = pos;
        pos += n;
        int kind = scalar(start, start + n);
        tokenValueEnd();
        return kind;
    }

    private void beginDecode() throws GoJsonError {
        if (stickyError != null) {
            throw stickyError;
        }
        tokenPrepareForDecode();
        if (!tokenValueAllowed()) {
            throw new GoJsonError("not at beginning of value");
        }
    }

    /** Interprets the literal in {@code [start, end)} (leading spaces allowed) as Go's {@code interface{}} would. */
    private int scalar(int start, int stop) throws GoJsonError {
        int s = start;
        while (GoJsonScanner.isSpace(buf[s])) {
            s++;
        }
        int e = stop;
        while (GoJsonScanner.isSpace(buf[e - 1])) {
            e--;
        }
        switch (buf[s]) {
            case '"':
                text = GoJsonStrings.unquote(buf, s, e);
                return STRING;
            case 't':
                return TRUE;
            case 'f':
                return FALSE;
            case 'n':
                return NULL;
            default:
                text = new String(buf, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (!useNumber && Double.isInfinite(Double.parseDouble(text))) {
                    throw new GoJsonError("json: cannot unmarshal number " + text + " into Go value of type float64");
                }
                return NUMBER;
        }
    }

    /** Go's {@code Decoder.readValue}: the length of the next complete value, validated by the scanner. */
    private int readValue() throws GoJsonError {
        scanner.reset();
        int p = pos;
        for (; p < end; p++) {
            int op = scanner.step(buf[p] & 0xFF);
            if (op == GoJsonScanner.END) {
                return p - pos;
            }
            if (op == GoJsonScanner.END_OBJECT || op == GoJsonScanner.END_ARRAY) {
                if (scanner.endValue(' ') == GoJsonScanner.END) {
                    return p + 1 - pos;
                }
            } else if (op == GoJsonScanner.ERROR) {
                stickyError = new GoJsonError(scanner.error());
                throw stickyError;
            }
        }
        if (scanner.step(' ') == GoJsonScanner.END) {
            return p - pos;
        }
        stickyError = new GoJsonError(nonSpaceFrom(pos) ? GoJsonError.UNEXPECTED_EOF : GoJsonError.EOF);
        throw stickyError;
    }

    private boolean nonSpaceFrom(int from) {
        for (int i = from; i < end; i++) {
            if (!GoJsonScanner.isSpace(buf[i])) {
                return true;
            }
        }
        return false;
    }

    private void tokenPrepareForDecode() throws GoJsonError {
        if (tokenState == ARRAY_COMMA) {
            if (peek() != ',') {
                throw new GoJsonError("expected comma after array element");
            }
            pos++;
            tokenState = ARRAY_VALUE;
        } else if (tokenState == OBJECT_COLON) {
            if (peek() != ':') {
                throw new GoJsonError("expected colon after object key");
            }
            pos++;
            tokenState = OBJECT_VALUE;
        }
    }

    private boolean tokenValueAllowed() {
        return tokenState == TOP_VALUE || tokenState == ARRAY_START || tokenState == ARRAY_VALUE
                || tokenState == OBJECT_VALUE;
    }

    private void tokenValueEnd() {
        if (tokenState == ARRAY_START || tokenState == ARRAY_VALUE) {
            tokenState = ARRAY_COMMA;
        } else if (tokenState == OBJECT_VALUE) {
            tokenState = OBJECT_COMMA;
        }
    }

    private GoJsonError tokenError(int c) {
        String context = switch (tokenState) {
            case TOP_VALUE, ARRAY_START, ARRAY_VALUE, OBJECT_VALUE -> " looking for beginning of value";
            case ARRAY_COMMA -> " after array element";
            case OBJECT_KEY -> " looking for beginning of object key string";
            case OBJECT_COLON -> " after object key";
            case OBJECT_COMMA -> " after object key:value pair";
            default -> "";
        };
        return new GoJsonError("invalid character " + GoJsonScanner.quoteChar(c) + context);
    }

    private int peek() throws GoJsonError {
        int c = peekOrEnd();
        if (c < 0) {
            throw new GoJsonError(GoJsonError.EOF);
        }
        return c;
    }

    private int peekOrEnd() {
        while (pos < end) {
            int c = buf[pos] & 0xFF;
            if (!GoJsonScanner.isSpace(c)) {
                return c;
            }
            pos++;
        }
        return -1;
    }

    private void push(int state) {
        if (stackSize == tokenStack.length) {
            tokenStack = Arrays.copyOf(tokenStack, stackSize * 2);
        }
        tokenStack[stackSize++] = state;
    }
}
