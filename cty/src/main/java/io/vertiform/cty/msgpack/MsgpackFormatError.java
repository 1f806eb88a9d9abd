package io.vertiform.cty.msgpack;

/**
 * A low-level read failure worded as Go's msgpack library and {@code io} package word it ({@code EOF},
 * {@code unexpected EOF}, {@code msgpack: invalid code=...}); go-cty sometimes passes these texts through and
 * sometimes replaces them. Internal control flow only, so it carries no stack trace.
 */
final class MsgpackFormatError extends Exception {
    private static final long serialVersionUID = 1L;

    static final String EOF = "EOF";
    static final String UNEXPECTED_EOF = "unexpected EOF";

    MsgpackFormatError(String message) {
        super(message, null, false, false);
    }
}
