package io.vertiform.rpc.client;

/** The plugin could not be started or reached: bad handshake, early exit, timeout, refused connection. */
public final class PluginClientException extends RuntimeException {

    public PluginClientException(String message) {
        super(message);
    }

    public PluginClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
