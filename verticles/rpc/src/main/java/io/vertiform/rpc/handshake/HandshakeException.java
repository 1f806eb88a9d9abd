package io.vertiform.rpc.handshake;

/** The plugin cannot start a session: bad environment, no listener, no certificate. */
public final class HandshakeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HandshakeException(String message) {
        super(message);
    }

    public HandshakeException(String message, Throwable cause) {
        super(message, cause);
    }
}
