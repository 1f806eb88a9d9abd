package io.vertiform.foundation.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Base of Vertiform's errors: a stable machine-readable {@link #code()} (e.g. {@code config.invalid_value}),
 * a {@link #category()} that fixes the event-bus failure code, a one-line {@link #summary()}, an optional
 * {@link #detail()} and a {@link #context()} of facts (values wrapped in
 * {@link io.vertiform.foundation.log.Sensitive} stay redacted wherever the error is rendered).
 *
 * <p>Codes are lowercase dotted words, the first word naming the layer; they never change once released.
 */
public class VertiformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCategory category;
    private final String code;
    private final String summary;
    private final String detail;
    private final transient Map<String, Object> context;

    public VertiformException(ErrorCategory category, String code, String summary, String detail,
                              Map<String, ?> context, Throwable cause) {
        super(messageOf(summary, detail), cause);
        this.category = Objects.requireNonNull(category, "category");
        this.code = ErrorCodes.requireValid(code);
        this.summary = Objects.requireNonNull(summary, "summary");
        this.detail = detail == null ? "" : detail;
        this.context = context == null || context.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(context));
    }

    public VertiformException(ErrorCategory category, String code, String summary) {
        this(category, code, summary, null, null, null);
    }

    private static String messageOf(String summary, String detail) {
        return detail == null || detail.isEmpty() ? summary : summary + ": " + detail;
    }

    public String code() {
        return code;
    }

    public ErrorCategory category() {
        return category;
    }

    public String summary() {
        return summary;
    }

    /** Longer explanation; empty when the summary says it all. */
    public String detail() {
        return detail;
    }

    /** Facts about the failure, in insertion order. */
    public Map<String, Object> context() {
        return context;
    }

    /** The event-bus failure code of this error's category. */
    public int failureCode() {
        return category.failureCode();
    }
}
