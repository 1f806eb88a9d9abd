package io.vertiform.foundation.hub;

import io.vertiform.foundation.config.VertiformConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A running Vertiform node: a Vert.x instance (clustered on Hazelcast when {@code hub.cluster} is set)
 * with the hub registry and the foundation's services deployed and registered.
 */
public final class HubNode {
    private final Vertx vertx;
    private final Hub hub;
    private final ClusterSettings cluster;
    /** In deployment order; undeployed in reverse so services unregister while the registry still runs. */
    private final List<String> deployments = new ArrayList<>();

    private HubNode(Vertx vertx, ClusterSettings cluster) {
        this.vertx = vertx;
        this.hub = Hub.create(vertx);
        this.cluster = cluster;
    }

    /** Starts a node as the configuration says. */
    public static Future<HubNode> start(VertiformConfig config) {
        Objects.requireNonNull(config, "config");
        if (config.hub().cluster()) {
            return start(config, ClusterSettings.from(config.hub()));
        }
        return deploy(new HubNode(Vertx.vertx(), null), config);
    }

    /** Starts a clustered node with explicit cluster settings (tests pick their own name and ports). */
    public static Future<HubNode> start(VertiformConfig config, ClusterSettings cluster) {
        return ClusterSupport.clusteredVertx(cluster, new VertxOptions())
                .compose(vertx -> deploy(new HubNode(vertx, cluster), config));
    }

    private static Future<HubNode> deploy(HubNode node, VertiformConfig config) {
        return Hub.deployRegistry(node.vertx)
                .compose(id -> {
                    node.deployments.add(id);
                    return node.vertx.deployVerticle(new ConfigServiceVerticle(config.snapshot()));
                })
                .map(id -> {
                    node.deployments.add(id);
                    return node;
                })
                .recover(failure -> node.vertx.close().transform(closed -> Future.failedFuture(failure)));
    }

    public Vertx vertx() {
        return vertx;
    }

    public Hub hub() {
        return hub;
    }

    public String nodeId() {
        return hub.nodeId();
    }

    public boolean clustered() {
        return vertx.isClustered();
    }

    /** The cluster this node joined, or null for a local node. */
    public ClusterSettings cluster() {
        return cluster;
    }

    /** Undeploys everything (the registry removes this node's entries) and leaves the cluster. */
    public Future<Void> close() {
        Future<Void> undeployed = Future.succeededFuture();
        for (int i = deployments.size() - 1; i >= 0; i--) {
            String id = deployments.get(i);
            undeployed = undeployed.compose(v -> vertx.undeploy(id));
        }
        return undeployed.eventually(vertx::close);
    }
}
