package io.vertiform.foundation.hub;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tells the registry which cluster node left, so survivors can drop its entries even when it crashed.
 *
 * <p>Vert.x's own {@code ClusterManager.nodeListener} holds a single listener that Vert.x's HA manager
 * already uses, so this listens on Hazelcast directly. vertx-hazelcast stores the Vert.x node id in the
 * member attribute {@value #NODE_ID_ATTRIBUTE}; the member UUID is the fallback.
 */
final class ClusterWatch implements AutoCloseable {
    static final String NODE_ID_ATTRIBUTE = "__vertx.nodeId";

    private final HazelcastInstance hazelcast;
    private final UUID listenerId;

    private ClusterWatch(HazelcastInstance hazelcast, UUID listenerId) {
        this.hazelcast = hazelcast;
        this.listenerId = listenerId;
    }

    /** Starts watching; returns a no-op watch on a local Vert.x or a non-Hazelcast cluster. */
    static AutoCloseable start(Vertx vertx, Context context, Consumer<String> onNodeLeft) {
        ClusterManager manager = NodeIdentity.clusterManager(vertx);
        if (!(manager instanceof HazelcastClusterManager hz) || hz.getHazelcastInstance() == null) {
            return () -> { };
        }
        HazelcastInstance instance = hz.getHazelcastInstance();
        UUID id = instance.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // joins need no action: a new node registers its own components
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                String node = event.getMember().getAttribute(NODE_ID_ATTRIBUTE);
                String left = node != null ? node : event.getMember().getUuid().toString();
                context.runOnContext(v -> onNodeLeft.accept(left));
            }
        });
        return new ClusterWatch(instance, id);
    }

    @Override
    public void close() {
        if (hazelcast.getLifecycleService().isRunning()) {
            hazelcast.getCluster().removeMembershipListener(listenerId);
        }
    }
}
