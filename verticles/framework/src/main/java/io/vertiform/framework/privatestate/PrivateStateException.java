package io.vertiform.framework.privatestate;

/** Private state could not be read or written: no secret, wrong secret, tampered or malformed bytes. */
public class PrivateStateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PrivateStateException(String message) {
        super(message);
    }

    public PrivateStateException(String message, Throwable cause) {
        super(message, cause);
    }
}
