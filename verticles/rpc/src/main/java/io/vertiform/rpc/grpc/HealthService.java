package io.vertiform.rpc.grpc;

import io.vertiform.rpc.proto.health.HealthCheckResponse;
import io.vertiform.rpc.proto.health.HealthGrpcService;
import io.vertx.grpc.common.GrpcStatus;
import io.vertx.grpc.server.GrpcServer;

/**
 * {@code grpc.health.v1.Health}: go-plugin hosts ping the service {@code "plugin"}; the empty name is the whole
 * server. Both are SERVING for as long as the session listens; other names are unknown (NOT_FOUND).
 */
public final class HealthService {

    /** The service name go-plugin checks. */
    public static final String PLUGIN = "plugin";

    private static final HealthCheckResponse SERVING = HealthCheckResponse.newBuilder()
            .setStatus(HealthCheckResponse.ServingStatus.SERVING).build();

    private HealthService() {
    }

    public static void bind(GrpcServer server) {
        server.callHandler(HealthGrpcService.Check, request -> request.handler(msg -> {
            if (known(msg.getService())) {
                request.response().end(SERVING);
            } else {
                request.response().status(GrpcStatus.NOT_FOUND).statusMessage("unknown service " + msg.getService()).end();
            }
        }));
        // Watch: the status never changes while the session is up, so one message and the stream stays open.
        server.callHandler(HealthGrpcService.Watch, request -> request.handler(msg -> request.response().write(
                known(msg.getService()) ? SERVING : HealthCheckResponse.newBuilder()
                        .setStatus(HealthCheckResponse.ServingStatus.SERVICE_UNKNOWN).build())));
    }

    private static boolean known(String service) {
        return service.isEmpty() || PLUGIN.equals(service);
    }
}
