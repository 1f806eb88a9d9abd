package io.vertiform.components.jq;

/**
 * A jq query that does not compile, JSON that does not parse, or an evaluation that fails. The message is
 * the underlying library's own text (jackson-jq's or Jackson's, which carry line and column), so callers put it
 * in a diagnostic unchanged, at the attribute or argument it came from ({@link #kind()} says which one).
 */
public final class JqException extends RuntimeException {

    /** What went wrong, i.e. which input to blame. */
    public enum Kind {
        /** The query text is not valid jq: blame the query. */
        INVALID_QUERY,
        /** The input text is not JSON: blame the JSON input. */
        INVALID_JSON,
        /** The query compiled but failed on this input (type error, {@code error(...)}, limits). */
        EVALUATION
    }

    private final Kind kind;
    private final int line;
    private final int column;

    public JqException(Kind kind, String message, Throwable cause) {
        this(kind, message, 0, 0, cause);
    }

    public JqException(Kind kind, String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the offending text in the query or JSON input, 0 when the library did not say. */
    public int line() {
        return line;
    }

    /** 1-based column of the offending text, 0 when the library did not say. */
    public int column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }
}
