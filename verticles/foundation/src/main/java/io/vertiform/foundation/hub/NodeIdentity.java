package io.vertiform.foundation.hub;

import io.vertx.core.Vertx;
import io.vertx.core.internal.VertxInternal;
import io.vertx.core.shareddata.LocalMap;
import io.vertx.core.spi.cluster.ClusterManager;
import java.util.UUID;

/** The id under which this Vert.x instance's registrations are stored. */
public final class NodeIdentity {
    private static final String MAP = "vertiform.hub.node";
    private static final String KEY = "id";

    private NodeIdentity() {
    }

    /**
     * The cluster node id when clustered (so survivors can match entries to the node that left); otherwise
     * one random id per Vert.x instance, shared by all its verticles.
     */
    public static String of(Vertx vertx) {
        ClusterManager manager = clusterManager(vertx);
        if (manager != null) {
            return manager.getNodeId();
        }
        LocalMap<String, String> map = vertx.sharedData().getLocalMap(MAP);
        String fresh = "local-" + UUID.randomUUID();
        String existing = map.putIfAbsent(KEY, fresh);
        return existing != null ? existing : fresh;
    }

    static ClusterManager clusterManager(Vertx vertx) {
        return vertx instanceof VertxInternal internal ? internal.clusterManager() : null;
    }
}
