package io.vertiform.testkit.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.foundation.hub.Hub;
import io.vertiform.foundation.log.Logs;
import io.vertiform.testkit.log.LogCapture;
import io.vertiform.testkit.random.SeededRandom;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@VertxTest
class VertxTestFixturesTest {

    static final class CountingVerticle extends VerticleBase {
        final AtomicInteger starts = new AtomicInteger();
        final AtomicInteger stops = new AtomicInteger();

        @Override
        public Future<?> start() {
            starts.incrementAndGet();
            return Future.succeededFuture();
        }

        @Override
        public Future<?> stop() {
            stops.incrementAndGet();
            return Future.succeededFuture();
        }
    }

    @Test
    void oneTestGetsVertxRandomAndLogCaptureTogether(Vertx vertx, SeededRandom random, LogCapture logs) {
        String type = random.identifier(10);
        Logs.logger("testkit.fixture").info("drew a type", "type", type);
        assertThat(logs.module("testkit.fixture")).singleElement()
                .satisfies(e -> assertThat(e.fields()).containsEntry("type", type));
        assertThat(vertx.deploymentIDs()).isEmpty();
    }

    @Test
    void deploymentsUndeployOnCloseExactlyOnce(Vertx vertx) {
        CountingVerticle verticle = new CountingVerticle();
        Deployments.Deployed deployed = Deployments.deploy(vertx, verticle);
        assertThat(deployed.isDeployed()).isTrue();
        assertThat(verticle.starts).hasValue(1);
        deployed.close();
        deployed.close();
        assertThat(deployed.isDeployed()).isFalse();
        assertThat(verticle.stops).hasValue(1);
    }

    @Test
    void freshVertxHasTheContractCodecsAndTheHubWorksOnIt() {
        try (FreshVertx fresh = FreshVertx.open()) {
            Deployments.deploy(fresh.vertx(), new io.vertiform.foundation.hub.RegistryVerticle());
            Hub hub = Hub.create(fresh.vertx());
            ComponentRegistration stored = Await.result(
                    hub.register("vf.test", ComponentKinds.FUNCTION, "f", Map.of()));
            assertThat(Await.result(hub.discover(ComponentKinds.FUNCTION, "f"))).containsExactly(stored);
        }
    }
}
