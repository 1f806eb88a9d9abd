package io.vertiform.rpc.client.mapping;

/** A call the negotiated plugin protocol cannot carry (e.g. a state-store RPC over protocol 5). */
public final class UnsupportedProtocolException extends RuntimeException {

    public UnsupportedProtocolException(String message) {
        super(message);
    }
}
