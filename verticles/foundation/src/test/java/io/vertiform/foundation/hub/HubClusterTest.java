package io.vertiform.foundation.hub;

import static io.vertiform.foundation.hub.HubLocalTest.await;
import static io.vertiform.foundation.hub.HubLocalTest.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.hub.ComponentKinds;
import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two clustered Vert.x instances in this JVM, Hazelcast on 127.0.0.1 only, a cluster name of their own
 * and explicit ports so parallel runs never join each other.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class HubClusterTest {
    private Vertx a;
    private Vertx b;

    @AfterEach
    void close() {
        for (Vertx v : new Vertx[] {a, b}) {
            if (v != null) {
                try {
                    v.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // a crashed node may not close cleanly; the test result is already decided
                }
            }
        }
    }

    @Test
    void registrationsAreSharedAcrossTheClusterAndDropWithTheirNode() throws Exception {
        int portA = freePort();
        int portB = freePort();
        List<String> members = List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB);
        ClusterSettings base = ClusterSettings.loopback("vf-hub-test-" + UUID.randomUUID())
                .withMembers(members)
                // a crashed member is noticed in seconds instead of the default minute
                .withHazelcastProperty("hazelcast.heartbeat.interval.seconds", "1")
                .withHazelcastProperty("hazelcast.max.no.heartbeat.seconds", "6");

        long started = System.nanoTime();
        a = await(ClusterSupport.clusteredVertx(base.withPort(portA, 1)));
        b = await(ClusterSupport.clusteredVertx(base.withPort(portB, 1)));
        await(Hub.deployRegistry(a));
        await(Hub.deployRegistry(b));
        Hub hubA = Hub.create(a);
        Hub hubB = Hub.create(b);
        assertThat(hubA.nodeId()).isNotEqualTo(hubB.nodeId());
        assertThat(hazelcast(a).getCluster().getMembers()).hasSize(2);
        assertThat(hazelcast(a).getCluster().getLocalMember().getAddress().getHost()).isEqualTo("127.0.0.1");

        // register on A, discover on B
        ComponentRegistration onA = await(hubA.register("vf.res.file", ComponentKinds.RESOURCE, "local_file",
                Map.of("where", "A \uD83C\uDF0D")));
        assertThat(await(hubB.discover(ComponentKinds.RESOURCE, "local_file"))).containsExactly(onA);
        assertThat(onA.nodeId()).isEqualTo(hubA.nodeId());
        assertThat(await(hubB.discover(ComponentKinds.SERVICE, RegistryVerticle.TYPE_NAME)))
                .extracting(ComponentRegistration::nodeId).containsExactlyInAnyOrder(hubA.nodeId(), hubB.nodeId());

        // contract records cross the wire with the binary codec
        a.eventBus().<ComponentRegistration>consumer("vf.test.echo", m -> m.reply(m.body().withNodeId("echoed")));
        waitUntil(() -> await(b.eventBus().request("vf.test.echo", onA)
                .map(m -> m.body() instanceof ComponentRegistration)
                .otherwise(false)));
        ComponentRegistration echoed = (ComponentRegistration) await(b.eventBus().request("vf.test.echo", onA)).body();
        assertThat(echoed).isEqualTo(onA.withNodeId("echoed"));

        // unregister on A is seen on B
        assertThat(await(hubA.unregister("vf.res.file"))).isEqualTo(1);
        assertThat(await(hubB.discover(ComponentKinds.RESOURCE))).isEmpty();

        // a node that crashes (no hub shutdown) loses its entries once the survivors notice
        await(hubA.register("vf.res.dir", ComponentKinds.RESOURCE, "local_dir", Map.of()));
        await(hubB.register("vf.fn.upper", ComponentKinds.FUNCTION, "upper", Map.of()));
        assertThat(await(hubB.discover(ComponentKinds.RESOURCE))).hasSize(1);
        // a crash before Hazelcast has finished placing backups would lose data of any map, not just ours
        waitUntil(() -> hazelcast(b).getPartitionService().isClusterSafe());
        hazelcast(a).getLifecycleService().terminate();
        // B's own entries survive (map backups); A's go once B has processed the membership change
        waitUntil(() -> {
            List<ComponentRegistration> left = await(hubB.list());
            return left.size() == 2 && left.stream().allMatch(r -> r.nodeId().equals(hubB.nodeId()));
        });
        assertThat(await(hubB.list())).extracting(ComponentRegistration::typeName)
                .containsExactly("upper", RegistryVerticle.TYPE_NAME);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.err.println("HubClusterTest: cluster scenario took " + took.toMillis() + " ms");
    }

    @Test
    void aGracefulLeaveRemovesTheNodesEntries() throws Exception {
        int portA = freePort();
        int portB = freePort();
        ClusterSettings base = ClusterSettings.loopback("vf-hub-leave-" + UUID.randomUUID())
                .withMembers(List.of("127.0.0.1:" + portA, "127.0.0.1:" + portB));
        a = await(ClusterSupport.clusteredVertx(base.withPort(portA, 1)));
        b = await(ClusterSupport.clusteredVertx(base.withPort(portB, 1)));
        await(Hub.deployRegistry(a));
        await(Hub.deployRegistry(b));
        Hub hubB = Hub.create(b);
        await(Hub.create(a).register("vf.res.file", ComponentKinds.RESOURCE, "local_file", Map.of()));
        assertThat(await(hubB.discover(ComponentKinds.RESOURCE))).hasSize(1);

        await(a.close());
        a = null;
        assertThat(await(hubB.discover(ComponentKinds.RESOURCE))).isEmpty();
        assertThat(await(hubB.list())).extracting(ComponentRegistration::nodeId).containsOnly(hubB.nodeId());
    }

    private static com.hazelcast.core.HazelcastInstance hazelcast(Vertx vertx) {
        return ((HazelcastClusterManager) ((VertxInternal) vertx).clusterManager()).getHazelcastInstance();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
