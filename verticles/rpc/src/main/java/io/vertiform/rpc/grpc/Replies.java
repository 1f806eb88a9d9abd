package io.vertiform.rpc.grpc;

import io.vertiform.rpc.bus.BusFailure;
import io.vertiform.rpc.bus.CallContext;
import io.vertiform.rpc.bus.CancelReason;
import io.vertx.grpc.common.GrpcStatus;
import io.vertx.grpc.common.InvalidMessageException;
import io.vertx.grpc.common.MessageSizeOverflowException;
import io.vertx.grpc.server.GrpcServerResponse;

/** Ends a gRPC call whose neutral answer could not be produced. */
final class Replies {

    private Replies() {
    }

    /**
     * Ends a call whose request could not be read: too large → RESOURCE_EXHAUSTED (as grpc-go reports it),
     * undecodable protobuf → INVALID_ARGUMENT.
     */
    static void invalid(GrpcServerResponse<?, ?> response, InvalidMessageException invalid) {
        GrpcStatus status = invalid instanceof MessageSizeOverflowException ? GrpcStatus.RESOURCE_EXHAUSTED
                : GrpcStatus.INVALID_ARGUMENT;
        try {
            response.status(status).statusMessage(String.valueOf(invalid.getMessage())).end();
        } catch (IllegalStateException alreadyEnded) {
            // nothing left to tell the client
        }
    }

    /**
     * Ends {@code response} for a failed call: deadline → DEADLINE_EXCEEDED, shutdown → UNAVAILABLE, client
     * gone → nothing (the stream is already reset), anything else → INTERNAL with the message.
     */
    static void fail(GrpcServerResponse<?, ?> response, CallContext call, Throwable failure) {
        CancelReason reason = failure instanceof BusFailure bus && bus.cancelReason() != null
                ? bus.cancelReason()
                : call.cancellation().result();
        if (reason == CancelReason.CLIENT_GONE) {
            return;
        }
        GrpcStatus status = reason == CancelReason.DEADLINE ? GrpcStatus.DEADLINE_EXCEEDED
                : reason == CancelReason.SHUTDOWN ? GrpcStatus.UNAVAILABLE
                : GrpcStatus.INTERNAL;
        String message = reason != null ? reason.text() : String.valueOf(failure.getMessage());
        try {
            response.status(status).statusMessage(message).end();
        } catch (IllegalStateException alreadyEnded) {
            // the stream was reset or ended meanwhile: nothing left to tell the client
        }
    }
}
