package io.vertiform.foundation.hub;

import io.vertiform.contracts.hub.ComponentRegistration;
import io.vertiform.contracts.hub.DiscoverRequest;
import io.vertiform.contracts.hub.Unregister;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;

/**
 * Client of the hub (the component registry), usable from any verticle or thread. Requests go to this
 * node's {@link RegistryVerticle} over the event bus; on a clustered Vert.x, discovery answers for the
 * whole cluster. Registrations belong to the node that made them and vanish when it leaves.
 *
 * <pre>{@code
 * Hub hub = Hub.create(vertx);
 * hub.register("vertiform.resource.local_file", ComponentKinds.RESOURCE, "local_file", Map.of())
 *    .compose(r -> hub.discover(ComponentKinds.RESOURCE, "local_file"));
 * }</pre>
 */
public interface Hub {

    /** A client bound to {@code vertx}; cheap, holds no resources. Registers the contract codecs. */
    static Hub create(Vertx vertx) {
        return new EventBusHub(vertx);
    }

    /** Deploys this node's registry verticle (one per Vert.x instance); resolves to the deployment id. */
    static Future<String> deployRegistry(Vertx vertx) {
        return vertx.deployVerticle(new RegistryVerticle());
    }

    /** The node id the local hub stamps on registrations. */
    String nodeId();

    /** Registers (or replaces) a component; resolves to the stored entry, node id filled in. */
    default Future<ComponentRegistration> register(String address, String kind, String typeName,
                                                   Map<String, String> metadata) {
        return register(ComponentRegistration.of(address, kind, typeName, metadata));
    }

    Future<ComponentRegistration> register(ComponentRegistration registration);

    /** Removes this node's matching registrations; resolves to how many were removed. */
    Future<Integer> unregister(Unregister request);

    /** Removes everything this node registered at {@code address}. */
    default Future<Integer> unregister(String address) {
        return unregister(Unregister.address(address));
    }

    Future<List<ComponentRegistration>> discover(DiscoverRequest request);

    /** Components of this kind and type, cluster-wide. */
    default Future<List<ComponentRegistration>> discover(String kind, String typeName) {
        return discover(new DiscoverRequest(kind, typeName));
    }

    /** Components of any type of this kind. */
    default Future<List<ComponentRegistration>> discover(String kind) {
        return discover(DiscoverRequest.ofKind(kind));
    }

    /** Every registered component. */
    default Future<List<ComponentRegistration>> list() {
        return discover(DiscoverRequest.all());
    }
}
