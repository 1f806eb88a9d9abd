package io.vertiform.framework.value;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed attribute value that keeps Terraform's three states visible: known, null, or unknown ("known after
 * apply"). Use it in state records wherever a value can be unknown (computed attributes, anything in a plan or
 * in a configuration that references other resources); plain Java types refuse unknown values loudly.
 *
 * @param <T> the Java type of a known value
 */
public final class Value<T> {

    private static final Value<?> NULL = new Value<>(State.NULL, null);
    private static final Value<?> UNKNOWN = new Value<>(State.UNKNOWN, null);

    /** The three states. */
    public enum State { KNOWN, NULL, UNKNOWN }

    private final State state;
    private final T value;

    private Value(State state, T value) {
        this.state = state;
        this.value = value;
    }

    public static <T> Value<T> of(T value) {
        return new Value<>(State.KNOWN, Objects.requireNonNull(value, "value (use Value.nullValue() for null)"));
    }

    /** Known when {@code value} is non-null, else null. */
    public static <T> Value<T> ofNullable(T value) {
        return value == null ? nullValue() : of(value);
    }

    @SuppressWarnings("unchecked")
    public static <T> Value<T> nullValue() {
        return (Value<T>) NULL;
    }

    @SuppressWarnings("unchecked")
    public static <T> Value<T> unknown() {
        return (Value<T>) UNKNOWN;
    }

    public State state() {
        return state;
    }

    public boolean isKnown() {
        return state == State.KNOWN;
    }

    public boolean isNull() {
        return state == State.NULL;
    }

    public boolean isUnknown() {
        return state == State.UNKNOWN;
    }

    /** The known value. @throws NoSuchElementException when null or unknown, saying which */
    public T get() {
        if (state != State.KNOWN) {
            throw new NoSuchElementException("value is " + (state == State.NULL ? "null" : "unknown"));
        }
        return value;
    }

    /** The known value, else {@code fallback} (for null and unknown alike). */
    public T orElse(T fallback) {
        return state == State.KNOWN ? value : fallback;
    }

    /** The known value, or null when null; unknown still throws. */
    public T orNull() {
        if (state == State.UNKNOWN) {
            throw new NoSuchElementException("value is unknown");
        }
        return value;
    }

    public <R> Value<R> map(Function<? super T, ? extends R> f) {
        return state == State.KNOWN ? Value.of(f.apply(value)) : (state == State.NULL ? nullValue() : unknown());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Value<?> v && v.state == state && Objects.equals(v.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, value);
    }

    @Override
    public String toString() {
        return switch (state) {
            case KNOWN -> String.valueOf(value);
            case NULL -> "null";
            case UNKNOWN -> "(known after apply)";
        };
    }
}
