package io.vertiform.hcl.json;

import io.vertiform.hcl.Range;

/** A token of the JSON syntax scanner; {@code src[from, to)} are its bytes. */
record JsonToken(Type type, byte[] src, int from, int to, Range range) {
    enum Type { BRACE_O, BRACE_C, BRACK_O, BRACK_C, COMMA, COLON, KEYWORD, STRING, NUMBER, EOF, INVALID, EQUALS }

    String text() {
        return new String(src, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    }
}
