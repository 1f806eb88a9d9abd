package io.vertiform.foundation.log;

/**
 * Wraps a value that must never be rendered: renderers write {@link #MARKER} instead, and
 * {@link #toString()} does too, so string concatenation cannot leak it either.
 */
public final class Sensitive {

    /** What every renderer writes in place of a sensitive value (Terraform's wording in plans). */
    public static final String MARKER = "(sensitive value)";

    private final Object value;

    private Sensitive(Object value) {
        this.value = value;
    }

    public static Sensitive of(Object value) {
        return value instanceof Sensitive already ? already : new Sensitive(value);
    }

    /** The wrapped value, for code that legitimately needs it (never for logging). */
    public Object reveal() {
        return value;
    }

    @Override
    public String toString() {
        return MARKER;
    }
}
