package io.vertiform.cty.json;

import io.vertiform.cty.GoStrings;

/**
 * A byte-at-a-time JSON validator with the same states, results and error texts as the scanner inside Go's
 * {@code encoding/json}. go-cty's behaviour on malformed JSON (which error wins, what text it has) is defined by that
 * scanner, so this reproduces it instead of using a general-purpose parser.
 */
final class GoJsonScanner {
    // Results of step(), as in Go's scanner.
    static final int CONTINUE = 0;
    static final int BEGIN_LITERAL = 1;
    static final int BEGIN_OBJECT = 2;
    static final int OBJECT_KEY = 3;
    static final int OBJECT_VALUE = 4;
    static final int END_OBJECT = 5;
    static final int BEGIN_ARRAY = 6;
    static final int ARRAY_VALUE = 7;
    static final int END_ARRAY = 8;
    static final int SKIP_SPACE = 9;
    static final int END = 10;
    static final int ERROR = 11;

    private static final int PARSE_OBJECT_KEY = 0;
    private static final int PARSE_OBJECT_VALUE = 1;
    private static final int PARSE_ARRAY_VALUE = 2;

    /** Go's {@code maxNestingDepth}. */
    static final int MAX_NESTING_DEPTH = 10000;

    private enum State {
        BEGIN_VALUE_OR_EMPTY, BEGIN_VALUE, BEGIN_STRING_OR_EMPTY, BEGIN_STRING, END_VALUE, END_TOP,
        IN_STRING, IN_STRING_ESC, IN_STRING_ESC_U, IN_STRING_ESC_U1, IN_STRING_ESC_U12, IN_STRING_ESC_U123,
        NEG, ONE, ZERO, DOT, DOT0, E, E_SIGN, E0,
        T, TR, TRU, F, FA, FAL, FALS, N, NU, NUL, FAILED
    }

    private State state = State.BEGIN_VALUE;
    private int[] parseState = new int[16];
    private int depth;
    private String error;

    void reset() {
        state = State.BEGIN_VALUE;
        depth = 0;
        error = null;
    }

    String error() {
        return error;
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** Feeds one byte (0..255). */
    int step(int c) {
        switch (state) {
            case BEGIN_VALUE_OR_EMPTY:
                if (isSpace(c)) {
                    return SKIP_SPACE;
                }
                if (c == ']') {
                    return endValue(c);
                }
                return beginValue(c);
            case BEGIN_VALUE:
                return beginValue(c);
            case BEGIN_STRING_OR_EMPTY:
                if (isSpace(c)) {
                    return SKIP_SPACE;
                }
                if (c == '}') {
                    parseState[depth - 1] = PARSE_OBJECT_VALUE;
                    return endValue(c);
                }
                return beginString(c);
            case BEGIN_STRING:
                return beginString(c);
            case END_VALUE:
                return endValue(c);
            case END_TOP:
                return endTop(c);
            case IN_STRING:
                if (c == '"') {
                    state = State.END_VALUE;
                    return CONTINUE;
                }
                if (c == '\\') {
                    state = State.IN_STRING_ESC;
                    return CONTINUE;
                }
                if (c < 0x20) {
                    return fail(c, "in string literal");
                }
                return CONTINUE;
            case IN_STRING_ESC:
                switch (c) {
                    case 'b', 'f', 'n', 'r', 't', '\\', '/', '"' -> {
                        state = State.IN_STRING;
                        return CONTINUE;
                    }
                    case 'u' -> {
                        state = State.IN_STRING_ESC_U;
                        return CONTINUE;
                    }
                    default -> {
                        return fail(c, "in string escape code");
                    }
                }
            case IN_STRING_ESC_U:
                return hexDigit(c, State.IN_STRING_ESC_U1);
            case IN_STRING_ESC_U1:
                return hexDigit(c, State.IN_STRING_ESC_U12);
            case IN_STRING_ESC_U12:
                return hexDigit(c, State.IN_STRING_ESC_U123);
            case IN_STRING_ESC_U123:
                return hexDigit(c, State.IN_STRING);
            case NEG:
                if (c == '0') {
                    state = State.ZERO;
                    return CONTINUE;
                }
                if (c >= '1' && c <= '9') {
                    state = State.ONE;
                    return CONTINUE;
                }
                return fail(c, "in numeric literal");
            case ONE:
                if (c >= '0' && c <= '9') {
                    return CONTINUE;
                }
                return afterIntegerPart(c);
            case ZERO:
                return afterIntegerPart(c);
            case DOT:
                if (c >= '0' && c <= '9') {
                    state = State.DOT0;
                    return CONTINUE;
                }
                return fail(c, "after decimal point in numeric literal");
            case DOT0:
                if (c >= '0' && c <= '9') {
                    return CONTINUE;
                }
                if (c == 'e' || c == 'E') {
                    state = State.E;
                    return CONTINUE;
                }
                return endValue(c);
            case E:
                if (c == '+' || c == '-') {
                    state = State.E_SIGN;
                    return CONTINUE;
                }
                return exponentSign(c);
            case E_SIGN:
                return exponentSign(c);
            case E0:
                if (c >= '0' && c <= '9') {
                    return CONTINUE;
                }
                return endValue(c);
            case T:
                return literal(c, 'r', State.TR, "in literal true (expecting 'r')");
            case TR:
                return literal(c, 'u', State.TRU, "in literal true (expecting 'u')");
            case TRU:
                return literal(c, 'e', State.END_VALUE, "in literal true (expecting 'e')");
            case F:
                return literal(c, 'a', State.FA, "in literal false (expecting 'a')");
            case FA:
                return literal(c, 'l', State.FAL, "in literal false (expecting 'l')");
            case FAL:
                return literal(c, 's', State.FALS, "in literal false (expecting 's')");
            case FALS:
                return literal(c, 'e', State.END_VALUE, "in literal false (expecting 'e')");
            case N:
                return literal(c, 'u', State.NU, "in literal null (expecting 'u')");
            case NU:
                return literal(c, 'l', State.NUL, "in literal null (expecting 'l')");
            case NUL:
                return literal(c, 'l', State.END_VALUE, "in literal null (expecting 'l')");
            case FAILED:
            default:
                return ERROR;
        }
    }

    /** Go's {@code stateEndValue}, which the stream decoder also calls directly. */
    int endValue(int c) {
        if (depth == 0) {
            state = State.END_TOP;
            return endTop(c);
        }
        if (isSpace(c)) {
            state = State.END_VALUE;
            return SKIP_SPACE;
        }
        switch (parseState[depth - 1]) {
            case PARSE_OBJECT_KEY:
                if (c == ':') {
                    parseState[depth - 1] = PARSE_OBJECT_VALUE;
                    state = State.BEGIN_VALUE;
                    return OBJECT_KEY;
                }
                return fail(c, "after object key");
            case PARSE_OBJECT_VALUE:
                if (c == ',') {
                    parseState[depth - 1] = PARSE_OBJECT_KEY;
                    state = State.BEGIN_STRING;
                    return OBJECT_VALUE;
                }
                if (c == '}') {
                    popParseState();
                    return END_OBJECT;
                }
                return fail(c, "after object key:value pair");
            default:
                if (c == ',') {
                    state = State.BEGIN_VALUE;
                    return ARRAY_VALUE;
                }
                if (c == ']') {
                    popParseState();
                    return END_ARRAY;
                }
                return fail(c, "after array element");
        }
    }

    private int beginValue(int c) {
        if (isSpace(c)) {
            return SKIP_SPACE;
        }
        switch (c) {
            case '{':
                state = State.BEGIN_STRING_OR_EMPTY;
                return pushParseState(c, PARSE_OBJECT_KEY, BEGIN_OBJECT);
            case '[':
                state = State.BEGIN_VALUE_OR_EMPTY;
                return pushParseState(c, PARSE_ARRAY_VALUE, BEGIN_ARRAY);
            case '"':
                state = State.IN_STRING;
                return BEGIN_LITERAL;
            case '-':
                state = State.NEG;
                return BEGIN_LITERAL;
            case '0':
                state = State.ZERO;
                return BEGIN_LITERAL;
            case 't':
                state = State.T;
                return BEGIN_LITERAL;
            case 'f':
                state = State.F;
                return BEGIN_LITERAL;
            case 'n':
                state = State.N;
                return BEGIN_LITERAL;
            default:
                if (c >= '1' && c <= '9') {
                    state = State.ONE;
                    return BEGIN_LITERAL;
                }
                return fail(c, "looking for beginning of value");
        }
    }

    private int beginString(int c) {
        if (isSpace(c)) {
            return SKIP_SPACE;
        }
        if (c == '"') {
            state = State.IN_STRING;
            return BEGIN_LITERAL;
        }
        return fail(c, "looking for beginning of object key string");
    }

    private int endTop(int c) {
        if (!isSpace(c)) {
            // Go records the error but still reports the end of the value; callers ignore it.
            fail(c, "after top-level value");
        }
        return END;
    }

    private int afterIntegerPart(int c) {
        if (c == '.') {
            state = State.DOT;
            return CONTINUE;
        }
        if (c == 'e' || c == 'E') {
            state = State.E;
            return CONTINUE;
        }
        return endValue(c);
    }

    private int exponentSign(int c) {
        if (c >= '0' && c <= '9') {
            state = State.E0;
            return CONTINUE;
        }
        return fail(c, "in exponent of numeric literal");
    }

    private int hexDigit(int c, State next) {
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) {
            state = next;
            return CONTINUE;
        }
        return fail(c, "in \\u hexadecimal character escape");
    }

    private int literal(int c, int expected, State next, String context) {
        if (c == expected) {
            state = next;
            return CONTINUE;
        }
        return fail(c, context);
    }

    private int pushParseState(int c, int newParseState, int success) {
        if (depth == parseState.length) {
            parseState = java.util.Arrays.copyOf(parseState, depth * 2);
        }
        parseState[depth++] = newParseState;
        if (depth <= MAX_NESTING_DEPTH) {
            return success;
        }
        return fail(c, "exceeded max depth");
    }

    private void popParseState() {
        depth--;
        if (depth == 0) {
            state = State.END_TOP;
        } else {
            state = State.END_VALUE;
        }
    }

    private int fail(int c, String context) {
        state = State.FAILED;
        error = "invalid character " + quoteChar(c) + " " + context;
        return ERROR;
    }

    /** Go's {@code quoteChar}: the byte as a rune, quoted in single quotes. */
    static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        String q = GoStrings.quote(String.valueOf((char) c));
        return "'" + q.substring(1, q.length() - 1) + "'";
    }
}
