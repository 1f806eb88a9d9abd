package io.vertiform.rpc.grpc;

import io.vertiform.rpc.proto.plugin.GRPCBrokerGrpcService;
import io.vertx.grpc.server.GrpcServer;

/**
 * {@code plugin.GRPCBroker/StartStream}: go-plugin hosts open it on connect. Terraform brokers no connections,
 * so the stream is accepted, its messages ignored, and it stays open until the host ends it.
 */
public final class BrokerService {

    private BrokerService() {
    }

    public static void bind(GrpcServer server) {
        server.callHandler(GRPCBrokerGrpcService.StartStream, request -> {
            request.handler(info -> {
                // nothing is brokered: there is no service to connect the offered address to
            });
            request.endHandler(v -> request.response().end());
        });
    }
}
