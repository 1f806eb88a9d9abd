package io.vertiform.cty;

/**
 * Base of all errors raised by the cty library. Unchecked because, like go-cty's panics, most of them signal a caller
 * bug (wrong kind of value for an operation); the recoverable ones (codecs, conversion) are dedicated subclasses.
 */
public class CtyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CtyException(String message) {
        super(message);
    }

    public CtyException(String message, Throwable cause) {
        super(message, cause);
    }
}
