package io.vertiform.rpc.grpc;

import com.google.protobuf.Message;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.rpc.bus.CallContext;
import io.vertiform.rpc.bus.CancelReason;
import io.vertiform.rpc.mapping.ProtoRecords;
import io.vertiform.rpc.mapping.Responses;
import io.vertiform.rpc.ops.Operation;
import io.vertiform.rpc.ops.RequestChecks;
import io.vertiform.rpc.session.SessionRuntime;
import io.vertx.core.Future;
import io.vertx.grpc.common.ServiceMethod;
import io.vertx.grpc.server.GrpcServer;
import io.vertx.grpc.server.GrpcServerRequest;
import java.util.List;

/**
 * Binds one unary provider RPC: protocol request → neutral record → checks → {@link Operation} (usually one bus
 * request) → neutral response → protocol response. Every outcome that is the provider's business becomes
 * diagnostics in a well-formed response; only transport facts (deadline, shutdown) become gRPC statuses.
 */
public final class UnaryCall<PQ extends Message, PR extends Message, Q extends Record, R extends Record> {

    private final ServiceMethod<PQ, PR> method;
    private final Operation<Q, R> operation;
    private final Message responsePrototype;
    private final ResponseFinisher<Q, R> finisher;

    public UnaryCall(ServiceMethod<PQ, PR> method, Operation<Q, R> operation, PR responsePrototype,
                     ResponseFinisher<Q, R> finisher) {
        this.method = method;
        this.operation = operation;
        this.responsePrototype = responsePrototype;
        this.finisher = finisher;
    }

    public void bind(GrpcServer server, SessionRuntime session) {
        server.callHandler(method, request -> handle(request, session));
    }

    private void handle(GrpcServerRequest<PQ, PR> request, SessionRuntime session) {
        CallContext call = session.open(request);
        request.invalidMessageHandler(invalid -> {
            session.close(call);
            Replies.invalid(request.response(), invalid);
        });
        request.handler(message -> answer(message, call, session).onComplete(ar -> {
            session.close(call);
            // A Stop-cancelled call is answered with its diagnostics; any other cancellation wins over a late answer.
            boolean cancelledOtherwise = call.isCancelled() && call.cancellation().result() != CancelReason.STOPPED;
            if (ar.succeeded() && !cancelledOtherwise) {
                request.response().end(ar.result());
            } else {
                Replies.fail(request.response(), call, ar.cause());
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private Future<PR> answer(PQ message, CallContext call, SessionRuntime session) {
        return session.decode(message.getSerializedSize(), () -> ProtoRecords.toRecord(message, operation.requestType()))
                .compose(request -> {
                    List<Diagnostic> problems = RequestChecks.problems(request, operation.required());
                    if (!problems.isEmpty()) {
                        return Future.succeededFuture(Responses.withDiagnostics(operation.responseType(), problems));
                    }
                    return operation.invoker().invoke(request, call, session.bus())
                            .map(response -> finisher.finish(request, response));
                }, failure -> Future.succeededFuture(Responses.withDiagnostics(operation.responseType(), List.of(
                        Diagnostic.error("Malformed request", operation.name() + ": " + failure.getMessage())))))
                .map(response -> (PR) ProtoRecords.fill(response, responsePrototype.newBuilderForType()).build());
    }
}
