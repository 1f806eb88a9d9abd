package io.vertiform.rpc.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.rpc.proto.health.HealthCheckRequest;
import io.vertiform.rpc.proto.health.HealthCheckResponse;
import io.vertiform.rpc.proto.health.HealthGrpcClient;
import io.vertiform.rpc.proto.plugin.Empty;
import io.vertiform.rpc.proto.plugin.GRPCControllerGrpcClient;
import io.vertiform.rpc.proto.v6.GetProviderSchema;
import io.vertiform.rpc.proto.v6.ProviderGrpcClient;
import io.vertiform.rpc.support.RpcTestClient;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.grpc.common.GrpcStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The handshake line goes out before the session serves: calls that arrive earlier wait for what the session
 * was told to wait for (a plugin process's components), and are refused with its reason if it fails.
 */
class ServingGateTest extends SessionTestBase {

    private PluginSession startWaitingFor(Future<?> servingAfter, String transport) {
        PluginSession session = Await.result(PluginSession.start(vertx, PluginSessionOptions.of(env("6", transport)),
                servingAfter), Duration.ofSeconds(20));
        return session;
    }

    @Test
    void aCallBeforeTheComponentsAreReadyWaitsForThemAndIsThenAnswered() throws Exception {
        Promise<Void> components = Promise.promise();
        PluginSession session = startWaitingFor(components.future(), "unix");
        RpcTestClient client = mtlsClient(session);
        Future<RpcTestClient.Outcome<GetProviderSchema.Response>> early = client.call(
                ProviderGrpcClient.GetProviderSchema, List.of(GetProviderSchema.Request.getDefaultInstance()), 0);
        Thread.sleep(1000);
        assertThat(early.isComplete()).as("answered before the components were ready").isFalse();
        assertThat(session.serving().isComplete()).isFalse();

        vertx.runOnContext(v -> components.complete());
        RpcTestClient.Outcome<GetProviderSchema.Response> answer = Await.result(early, Duration.ofSeconds(20));
        assertThat(answer.status()).isEqualTo(GrpcStatus.OK);
        assertThat(answer.single().hasProvider()).isTrue();
        Await.result(session.serving(), Duration.ofSeconds(5));
        Await.result(session.close(), Duration.ofSeconds(10));
    }

    @Test
    void failedComponentsAreReportedToEveryCallAndShutdownStillWorks() {
        PluginSession session = startWaitingFor(Future.failedFuture("component vf_thing failed to deploy: boom"), "tcp");
        RpcTestClient client = mtlsClient(session);
        RpcTestClient.Outcome<GetProviderSchema.Response> schema = client.outcome(ProviderGrpcClient.GetProviderSchema,
                GetProviderSchema.Request.getDefaultInstance(), 0);
        assertThat(schema.status()).isEqualTo(GrpcStatus.UNAVAILABLE);
        assertThat(schema.statusMessage()).contains("component vf_thing failed to deploy: boom");
        RpcTestClient.Outcome<HealthCheckResponse> health = client.outcome(HealthGrpcClient.Check,
                HealthCheckRequest.newBuilder().setService("plugin").build(), 0);
        assertThat(health.status()).isEqualTo(GrpcStatus.UNAVAILABLE);

        client.unary(GRPCControllerGrpcClient.Shutdown, Empty.getDefaultInstance());
        Await.result(session.closed(), Duration.ofSeconds(10));
    }
}
