package io.vertiform.foundation.hub;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.hub.DiscoverRequest;
import io.vertiform.contracts.hub.HubAddresses;
import io.vertiform.contracts.hub.RegistryChange;
import io.vertiform.contracts.hub.Unregister;
import io.vertiform.foundation.error.HubException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.ReplyException;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class HubLocalTest {
    private Vertx vertx;
    private Hub hub;
    private String deployment;

    @BeforeEach
    void start(Vertx vertx) {
        this.vertx = vertx;
        this.hub = Hub.create(vertx);
        this.deployment = await(Hub.deployRegistry(vertx));
    }

    @Test
    void registeredComponentsAreDiscoveredByKindAndType() {
        ComponentRegistration stored = await(hub.register("vf.res.file", ComponentKinds.RESOURCE, "local_file",
                Map.of("version", "1")));
        await(hub.register("vf.res.dir", ComponentKinds.RESOURCE, "local_dir", Map.of()));
        await(hub.register("vf.fn.upper", ComponentKinds.FUNCTION, "upper", Map.of()));

        assertThat(stored.nodeId()).isEqualTo(hub.nodeId()).startsWith("local-");
        assertThat(await(hub.discover(ComponentKinds.RESOURCE, "local_file"))).containsExactly(stored);
        assertThat(await(hub.discover(ComponentKinds.RESOURCE))).extracting(ComponentRegistration::typeName)
                .containsExactly("local_dir", "local_file");
        assertThat(await(hub.discover(ComponentKinds.RESOURCE, "nope"))).isEmpty();
        assertThat(await(hub.list())).extracting(ComponentRegistration::typeName)
                .containsExactly("upper", "local_dir", "local_file", RegistryVerticle.TYPE_NAME);
    }

    @Test
    void theRegistryListsItself() {
        List<ComponentRegistration> services = await(hub.discover(ComponentKinds.SERVICE, RegistryVerticle.TYPE_NAME));
        assertThat(services).singleElement().satisfies(s -> {
            assertThat(s.address()).isEqualTo(HubAddresses.REGISTER);
            assertThat(s.metadata()).containsEntry("clustered", "false");
        });
    }

    @Test
    void reRegisteringReplacesAndUnregisterRemoves() {
        await(hub.register("vf.res.file", ComponentKinds.RESOURCE, "local_file", Map.of("v", "1")));
        await(hub.register("vf.res.file", ComponentKinds.RESOURCE, "local_file", Map.of("v", "2")));
        await(hub.register("vf.res.file", ComponentKinds.DATA_SOURCE, "local_file", Map.of()));
        assertThat(await(hub.discover(ComponentKinds.RESOURCE, "local_file")))
                .singleElement().extracting(r -> r.metadata().get("v")).isEqualTo("2");

        assertThat(await(hub.unregister(new Unregister("vf.res.file", ComponentKinds.RESOURCE, null)))).isEqualTo(1);
        assertThat(await(hub.discover(ComponentKinds.RESOURCE, "local_file"))).isEmpty();
        assertThat(await(hub.discover(ComponentKinds.DATA_SOURCE, "local_file"))).hasSize(1);
        assertThat(await(hub.unregister("vf.res.file"))).isEqualTo(1);
        assertThat(await(hub.unregister("vf.res.file"))).isZero();
    }

    @Test
    void changesArePublished() throws Exception {
        List<RegistryChange> changes = new CopyOnWriteArrayList<>();
        await(vertx.eventBus().<RegistryChange>consumer(HubAddresses.CHANGES, m -> changes.add(m.body())).completion());
        ComponentRegistration stored = await(hub.register("vf.x", ComponentKinds.FUNCTION, "x", Map.of()));
        await(hub.unregister("vf.x"));
        waitUntil(() -> changes.size() == 2);
        assertThat(changes).containsExactly(new RegistryChange(RegistryChange.Change.ADDED, stored),
                new RegistryChange(RegistryChange.Change.REMOVED, stored));
    }

    @Test
    void stoppingTheRegistryDropsThisNodesEntriesAndFreesTheSlot() {
        await(hub.register("vf.x", ComponentKinds.FUNCTION, "x", Map.of()));
        await(vertx.undeploy(deployment));

        Throwable notRunning = failure(hub.list());
        assertThat(notRunning).isInstanceOf(HubException.class).hasMessageContaining("no hub registry");

        await(Hub.deployRegistry(vertx));
        assertThat(await(hub.discover(ComponentKinds.FUNCTION))).isEmpty();
    }

    @Test
    void aSecondRegistryOnTheSameVertxIsRefused() {
        Throwable refused = failure(Hub.deployRegistry(vertx));
        assertThat(refused).isInstanceOf(HubException.class).hasMessageContaining("already running");
        assertThat(await(hub.discover(ComponentKinds.SERVICE))).hasSize(1);
    }

    @Test
    void aWrongBodyTypeIsABadRequest() {
        Throwable bad = failure(vertx.eventBus().request(HubAddresses.DISCOVER, "not a request",
                new DeliveryOptions().setLocalOnly(true)));
        assertThat(bad).isInstanceOf(ReplyException.class).hasMessageContaining(HubAddresses.DISCOVER);
    }

    @Test
    void discoverRequestWildcardsReachTheRegistry() {
        await(hub.register("vf.a", ComponentKinds.RESOURCE, "a", Map.of()));
        await(hub.register("vf.b", ComponentKinds.DATA_SOURCE, "a", Map.of()));
        assertThat(await(hub.discover(new DiscoverRequest(null, "a")))).extracting(ComponentRegistration::kind)
                .containsExactly(ComponentKinds.DATA_SOURCE, ComponentKinds.RESOURCE);
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("failed: " + e.getCause(), e.getCause());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Throwable failure(Future<?> future) {
        try {
            Object value = future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
            throw new AssertionError("expected failure, got " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(20);
        }
    }
}
