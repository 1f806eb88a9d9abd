package io.vertiform.cty.json;

/**
 * An error as Go's {@code encoding/json} would report it (syntax errors, {@code EOF}, type mismatches), before go-cty
 * adds its own context. Internal control flow only, so it carries no stack trace.
 */
final class GoJsonError extends Exception {
    private static final long serialVersionUID = 1L;

    static final String EOF = "EOF";
    static final String UNEXPECTED_EOF = "unexpected EOF";

    GoJsonError(String message) {
        super(message, null, false, false);
    }
}
