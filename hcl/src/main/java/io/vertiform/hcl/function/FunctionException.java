package io.vertiform.hcl.function;

/**
 * A failed call. {@link #argIndex()} is the index of the argument at fault (go-cty's {@code ArgError}), or -1 when
 * the failure is about the call as a whole. The message is exactly go-cty's {@code err.Error()} text.
 */
public final class FunctionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int argIndex;

    public FunctionException(String message) {
        this(-1, message);
    }

    public FunctionException(int argIndex, String message) {
        super(message, null, false, false);
        this.argIndex = argIndex;
    }

    public int argIndex() {
        return argIndex;
    }

    public boolean isArgError() {
        return argIndex >= 0;
    }
}
