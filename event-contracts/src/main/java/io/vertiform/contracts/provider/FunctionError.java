package io.vertiform.contracts.provider;

/**
 * A provider function's failure.
 *
 * @param text             what went wrong
 * @param functionArgument zero-based index of the argument at fault, null when none is
 */
public record FunctionError(String text, Long functionArgument) {
    public FunctionError {
        text = Values.text(text);
    }
}
