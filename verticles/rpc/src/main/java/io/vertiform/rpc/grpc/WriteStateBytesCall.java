package io.vertiform.rpc.grpc;

import com.google.protobuf.ByteString;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.StateRange;
import io.vertiform.contracts.provider.WriteStateBytes;
import io.vertiform.rpc.bus.CallContext;
import io.vertiform.rpc.bus.CancelReason;
import io.vertiform.rpc.mapping.ProtoRecords;
import io.vertiform.rpc.mapping.Responses;
import io.vertiform.rpc.ops.Operation;
import io.vertiform.rpc.ops.RequestChecks;
import io.vertiform.rpc.session.SessionRuntime;
import io.vertiform.rpc.proto.v6.ProviderGrpcService;
import io.vertiform.rpc.proto.v6.RequestChunkMeta;
import io.vertx.core.Future;
import io.vertx.grpc.server.GrpcServer;
import io.vertx.grpc.server.GrpcServerRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Protocol 6's client-streaming WriteStateBytes: the chunks are collected (up to a size limit) and sent to the
 * state store as one {@link WriteStateBytes.Request}; the first chunk's meta names the store and state.
 */
public final class WriteStateBytesCall {

    private final Operation<WriteStateBytes.Request, WriteStateBytes.Response> operation;
    private final long maxStateBytes;

    public WriteStateBytesCall(Operation<WriteStateBytes.Request, WriteStateBytes.Response> operation,
                               long maxStateBytes) {
        this.operation = operation;
        this.maxStateBytes = maxStateBytes;
    }

    public void bind(GrpcServer server, SessionRuntime session) {
        server.callHandler(ProviderGrpcService.WriteStateBytes, request -> handle(request, session));
    }

    private void handle(GrpcServerRequest<io.vertiform.rpc.proto.v6.WriteStateBytes.RequestChunk,
            io.vertiform.rpc.proto.v6.WriteStateBytes.Response> request, SessionRuntime session) {
        CallContext call = session.open(request);
        List<WriteStateBytes.Chunk> chunks = new ArrayList<>();
        RequestChunkMeta[] meta = new RequestChunkMeta[1];
        long[] total = new long[1];
        List<Diagnostic> problems = new ArrayList<>();
        request.invalidMessageHandler(invalid -> {
            session.close(call);
            Replies.invalid(request.response(), invalid);
        });
        request.handler(chunk -> {
            if (meta[0] == null && chunk.hasMeta()) {
                meta[0] = chunk.getMeta();
            }
            total[0] += chunk.getBytes().size();
            if (total[0] > maxStateBytes) {
                if (problems.isEmpty()) {
                    problems.add(Diagnostic.error("State too large",
                            "The state sent to WriteStateBytes exceeds " + maxStateBytes + " bytes."));
                }
                chunks.clear();
                return;
            }
            ByteString bytes = chunk.getBytes();
            chunks.add(new WriteStateBytes.Chunk(bytes.toByteArray(), chunk.getTotalLength(),
                    chunk.hasRange() ? new StateRange(chunk.getRange().getStart(), chunk.getRange().getEnd()) : null));
        });
        request.endHandler(v -> {
            Future<WriteStateBytes.Response> answer;
            if (!problems.isEmpty()) {
                answer = Future.succeededFuture(Responses.withDiagnostics(WriteStateBytes.Response.class, problems));
            } else {
                WriteStateBytes.Request neutral = new WriteStateBytes.Request(
                        meta[0] == null ? "" : meta[0].getTypeName(), meta[0] == null ? "" : meta[0].getStateId(),
                        chunks);
                List<Diagnostic> invalid = RequestChecks.problems(neutral, operation.required());
                answer = invalid.isEmpty()
                        ? operation.invoker().invoke(neutral, call, session.bus())
                        : Future.succeededFuture(Responses.withDiagnostics(WriteStateBytes.Response.class, invalid));
            }
            answer.onComplete(ar -> {
                session.close(call);
                boolean cancelledOtherwise = call.isCancelled() && call.cancellation().result() != CancelReason.STOPPED;
                if (ar.succeeded() && !cancelledOtherwise) {
                    request.response().end((io.vertiform.rpc.proto.v6.WriteStateBytes.Response) ProtoRecords.fill(
                            ar.result(), io.vertiform.rpc.proto.v6.WriteStateBytes.Response.newBuilder()).build());
                } else {
                    Replies.fail(request.response(), call, ar.failed() ? ar.cause() : new IllegalStateException("cancelled"));
                }
            });
        });
    }
}
