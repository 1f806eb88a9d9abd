package io.vertiform.foundation.log;

/**
 * The one-line text of an error, in the spirit of Go's {@code err.Error()} for wrapped errors:
 * {@code "outer message: cause message"}, skipping causes whose text the outer message already contains.
 */
public final class ErrorText {

    private static final int MAX_CAUSES = 16;

    private ErrorText() {
    }

    public static String of(Throwable error) {
        if (error == null) {
            return "";
        }
        String own = own(error);
        if (error.getCause() == null) {
            return own; // the common case allocates nothing
        }
        StringBuilder text = new StringBuilder(own);
        // A depth bound instead of a visited set: cause cycles are rare and this keeps logging cheap.
        int depth = 0;
        for (Throwable cause = error.getCause(); cause != null && cause != error && depth < MAX_CAUSES;
                cause = cause.getCause(), depth++) {
            String part = own(cause);
            if (text.indexOf(part) < 0) {
                text.append(": ").append(part);
            }
        }
        return text.toString();
    }

    /** The error's own message, or its simple class name when it has none. */
    public static String own(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            String name = error.getClass().getSimpleName();
            return name.isEmpty() ? error.getClass().getName() : name;
        }
        return message;
    }
}
