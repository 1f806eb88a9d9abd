package io.vertiform.contracts.codec;

/**
 * A contract message could not be encoded or decoded.
 *
 * <p>Lives here rather than in the foundation's error hierarchy because event-contracts sits below the
 * foundation; the foundation maps it like any other unexpected failure.
 */
public final class ContractCodecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContractCodecException(String message) {
        super(message);
    }

    public ContractCodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
