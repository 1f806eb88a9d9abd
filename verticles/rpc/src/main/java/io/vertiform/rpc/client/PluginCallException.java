package io.vertiform.rpc.client;

import io.vertx.grpc.common.GrpcStatus;

/**
 * A provider RPC ended with a gRPC status other than OK. Providers report their own problems as diagnostics, so
 * this means a transport fact: deadline, cancellation, an RPC the plugin does not implement, a dead plugin.
 */
public final class PluginCallException extends RuntimeException {

    private final String rpc;
    private final GrpcStatus status;

    public PluginCallException(String rpc, GrpcStatus status, String statusMessage) {
        super(rpc + " failed with gRPC status " + status + (statusMessage == null || statusMessage.isEmpty() ? ""
                : ": " + statusMessage));
        this.rpc = rpc;
        this.status = status;
    }

    /** The RPC's protocol-6 name. */
    public String rpc() {
        return rpc;
    }

    public GrpcStatus status() {
        return status;
    }
}
