package io.vertiform.launcher.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.rpc.process.ComponentDeployer;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FrameworkComponentsTest {

    @Test
    void theProviderCommandFindsItThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(ComponentDeployer.class).stream().map(ServiceLoader.Provider::type))
                .contains(FrameworkComponents.class);
    }

    @Test
    void servesTheStandardProviderListedInTheComponentIndex() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            new FrameworkComponents().deploy(vertx, Map.of()).toCompletionStage().toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
            Object body = vertx.eventBus().request(ProviderAddresses.SCHEMA, new GetProviderSchema.Request(),
                            new DeliveryOptions().setSendTimeout(30_000))
                    .toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS).body();
            GetProviderSchema.Response schema = (GetProviderSchema.Response) body;
            assertThat(schema.resourceSchemas()).containsKey("vertiform_file_content");
            assertThat(schema.dataSourceSchemas()).containsKeys("vertiform_file_info", "vertiform_env_variables");
            assertThat(schema.functions()).containsKey("upper");
            assertThat(schema.provider().block().attributes()).isNotEmpty();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
