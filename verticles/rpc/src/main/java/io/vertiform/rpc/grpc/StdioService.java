package io.vertiform.rpc.grpc;

import com.google.protobuf.ByteString;
import io.vertiform.rpc.proto.plugin.GRPCStdioGrpcService;
import io.vertiform.rpc.proto.plugin.StdioData;
import io.vertiform.rpc.session.SessionRuntime;
import io.vertiform.rpc.stdio.StdioChannel;
import io.vertx.core.Context;
import io.vertx.grpc.server.GrpcServer;
import io.vertx.grpc.server.GrpcServerResponse;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code plugin.GRPCStdio/StreamStdio}: streams what user code writes to {@code System.out}/{@code System.err}
 * to the host, which logs it. Writes arrive on any thread and are handed to the stream's event loop. The stream
 * stays open until the host cancels it or the connection goes.
 */
public final class StdioService {

    private StdioService() {
    }

    public static void bind(GrpcServer server, SessionRuntime session) {
        server.callHandler(GRPCStdioGrpcService.StreamStdio, request -> request.handler(empty -> {
            GrpcServerResponse<?, StdioData> response = request.response();
            if (session.stdio().isEmpty()) {
                response.end();
                return;
            }
            Context context = session.vertx().getOrCreateContext();
            response.writeHead();
            AtomicReference<AutoCloseable> subscription = new AtomicReference<>();
            Runnable unsubscribe = () -> {
                AutoCloseable s = subscription.getAndSet(null);
                if (s != null) {
                    try {
                        s.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            };
            subscription.set(session.stdio().get().subscribe((channel, data) -> context.runOnContext(v -> {
                if (subscription.get() == null) {
                    return;
                }
                StdioData chunk = StdioData.newBuilder()
                        .setChannel(channel == StdioChannel.STDOUT ? StdioData.Channel.STDOUT : StdioData.Channel.STDERR)
                        .setData(ByteString.copyFrom(data))
                        .build();
                try {
                    response.write(chunk).onFailure(error -> unsubscribe.run());
                } catch (IllegalStateException closed) {
                    unsubscribe.run();
                }
            })));
            request.errorHandler(error -> unsubscribe.run());
            request.exceptionHandler(error -> unsubscribe.run());
            response.exceptionHandler(error -> unsubscribe.run());
        }));
    }
}
