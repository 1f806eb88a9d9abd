package io.vertiform.framework.function;

/**
 * A function's failure, shown to the user; with an argument index Terraform points at that argument in the
 * call.
 */
public class FunctionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Long argument;

    public FunctionException(String message) {
        this(message, null);
    }

    private FunctionException(String message, Long argument) {
        super(message);
        this.argument = argument;
    }

    /** An error about argument {@code index} (zero-based; variadic arguments continue the count). */
    public static FunctionException argument(int index, String message) {
        return new FunctionException(message, (long) index);
    }

    /** Zero-based index of the argument at fault, or null. */
    public Long argumentIndex() {
        return argument;
    }
}
