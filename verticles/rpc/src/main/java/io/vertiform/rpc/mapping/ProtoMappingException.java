package io.vertiform.rpc.mapping;

/** A protocol message does not fit its neutral record (or back): reported to the host as a diagnostic. */
public final class ProtoMappingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProtoMappingException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProtoMappingException(String message) {
        super(message);
    }
}
