package io.vertiform.rpc.grpc;

import com.google.protobuf.Message;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.StreamEnd;
import io.vertiform.rpc.bus.BusFailure;
import io.vertiform.rpc.bus.CallContext;
import io.vertiform.rpc.bus.CancelReason;
import io.vertiform.rpc.mapping.ProtoRecords;
import io.vertiform.rpc.ops.Answers;
import io.vertiform.rpc.ops.RequestChecks;
import io.vertiform.rpc.ops.StreamOperation;
import io.vertiform.rpc.session.SessionRuntime;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.grpc.common.ServiceMethod;
import io.vertx.grpc.server.GrpcServer;
import io.vertx.grpc.server.GrpcServerRequest;
import io.vertx.grpc.server.GrpcServerResponse;
import java.util.List;

/**
 * Binds one server-streaming provider RPC. The component sends items to a per-call stream address and replies
 * {@link StreamEnd} with their count; the gRPC stream ends once the reply and that many items have arrived. A
 * stream that cannot be produced ends with one item carrying the diagnostics.
 */
public final class StreamCall<PQ extends Message, PI extends Message, Q extends Record, I extends Record> {

    /** Per-call stream addresses live under this prefix. */
    public static final String STREAM_PREFIX = ProviderAddresses.PREFIX + ".stream.";

    private final ServiceMethod<PQ, PI> method;
    private final StreamOperation<Q, I> operation;
    private final PI itemPrototype;

    public StreamCall(ServiceMethod<PQ, PI> method, StreamOperation<Q, I> operation, PI itemPrototype) {
        this.method = method;
        this.operation = operation;
        this.itemPrototype = itemPrototype;
    }

    public void bind(GrpcServer server, SessionRuntime session) {
        server.callHandler(method, request -> handle(request, session));
    }

    private void handle(GrpcServerRequest<PQ, PI> request, SessionRuntime session) {
        CallContext call = session.open(request);
        request.invalidMessageHandler(invalid -> {
            session.close(call);
            Replies.invalid(request.response(), invalid);
        });
        request.handler(message -> session.decode(message.getSerializedSize(),
                        () -> ProtoRecords.toRecord(message, operation.requestType()))
                .onSuccess(neutral -> start(neutral, request.response(), call, session))
                .onFailure(failure -> finishWith(request.response(), call, session,
                        Diagnostic.error("Malformed request", operation.name() + ": " + failure.getMessage()))));
    }

    private void start(Q request, GrpcServerResponse<PQ, PI> response, CallContext call, SessionRuntime session) {
        List<Diagnostic> problems = RequestChecks.problems(request, operation.required());
        if (!problems.isEmpty()) {
            writeItem(response, operation.failureItem().apply(problems));
            end(response, call, session);
            return;
        }
        String type = operation.typeName().apply(request);
        if (!ProviderAddresses.isValidTypeName(type)) {
            finishWith(response, call, session, Answers.invalidName(operation.family(), type));
            return;
        }
        String address = ProviderAddresses.of(operation.family(), type, operation.operation());
        Relay relay = new Relay(response, call, session);
        relay.consumer = session.vertx().eventBus().consumer(STREAM_PREFIX + call.requestId(), relay::item);
        relay.consumer.completion()
                .compose(registered -> session.bus().request(address, request, StreamEnd.class, call,
                        STREAM_PREFIX + call.requestId()))
                .onSuccess(relay::ended)
                .onFailure(failure -> relay.failed(address, type, failure));
    }

    private void finishWith(GrpcServerResponse<PQ, PI> response, CallContext call, SessionRuntime session,
                            Diagnostic diagnostic) {
        writeItem(response, operation.failureItem().apply(List.of(diagnostic)));
        end(response, call, session);
    }

    @SuppressWarnings("unchecked")
    private void writeItem(GrpcServerResponse<PQ, PI> response, I item) {
        response.write((PI) ProtoRecords.fill(item, itemPrototype.newBuilderForType()).build());
    }

    private static void end(GrpcServerResponse<?, ?> response, CallContext call, SessionRuntime session) {
        session.close(call);
        response.end();
    }

    /** Forwards one call's items and decides when the stream is complete. */
    private final class Relay {
        private final GrpcServerResponse<PQ, PI> response;
        private final CallContext call;
        private final SessionRuntime session;
        private MessageConsumer<Object> consumer;
        private long received;
        private long expected = -1;
        private boolean done;

        Relay(GrpcServerResponse<PQ, PI> response, CallContext call, SessionRuntime session) {
            this.response = response;
            this.call = call;
            this.session = session;
        }

        void item(io.vertx.core.eventbus.Message<Object> message) {
            if (done) {
                return;
            }
            Object body = message.body();
            if (!operation.itemType().isInstance(body)) {
                finish(Diagnostic.error("Provider component answered with the wrong message",
                        "stream item " + (body == null ? "null" : body.getClass().getName()) + ", expected "
                                + operation.itemType().getName()));
                return;
            }
            writeItem(response, operation.itemType().cast(body));
            received++;
            completeIfAllArrived();
        }

        void ended(StreamEnd end) {
            expected = end.items();
            completeIfAllArrived();
        }

        void failed(String address, String type, Throwable failure) {
            if (done) {
                return;
            }
            if (failure instanceof BusFailure bus) {
                switch (bus.kind()) {
                    case NO_HANDLER -> finish(Answers.unsupported(operation.family(), type, address));
                    case CANCELLED -> {
                        if (bus.cancelReason() == CancelReason.STOPPED) {
                            finish(Answers.stopped());
                        } else {
                            close();
                            Replies.fail(response, call, bus);
                        }
                    }
                    case TIMEOUT -> finish(Diagnostic.error("Provider component did not answer in time", bus.getMessage()));
                    default -> finish(Diagnostic.error("Provider component failed", address + ": " + bus.getMessage()));
                }
                return;
            }
            finish(Diagnostic.error("Provider internal error", String.valueOf(failure.getMessage())));
        }

        private void completeIfAllArrived() {
            if (!done && expected >= 0 && received >= expected) {
                close();
                response.end();
            }
        }

        private void finish(Diagnostic diagnostic) {
            if (done) {
                return;
            }
            writeItem(response, operation.failureItem().apply(List.of(diagnostic)));
            close();
            response.end();
        }

        private void close() {
            done = true;
            session.close(call);
            if (consumer != null) {
                consumer.unregister();
            }
        }
    }
}
