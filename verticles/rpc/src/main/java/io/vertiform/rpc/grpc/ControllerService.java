package io.vertiform.rpc.grpc;

import io.vertiform.rpc.proto.plugin.Empty;
import io.vertiform.rpc.proto.plugin.GRPCControllerGrpcService;
import io.vertiform.rpc.session.SessionRuntime;
import io.vertx.grpc.server.GrpcServer;

/**
 * {@code plugin.GRPCController/Shutdown}: the host closes the plugin. The reply is written first, then the session
 * shuts down; without this service go-plugin waits two seconds and kills the process.
 */
public final class ControllerService {

    private ControllerService() {
    }

    public static void bind(GrpcServer server, SessionRuntime session) {
        server.callHandler(GRPCControllerGrpcService.Shutdown, request -> request.handler(msg ->
                request.response().end(Empty.getDefaultInstance())
                        .onComplete(ar -> session.requestShutdown())));
    }
}
