package io.vertiform.contracts.hub;

/**
 * Event-bus addresses of the hub (the component registry).
 *
 * <p>Every node runs its own registry verticle with <em>local</em> consumers on these addresses; the
 * registry data itself lives in cluster-wide shared data, so asking the local hub answers for the cluster.
 */
public final class HubAddresses {
    /** Request {@link ComponentRegistration}; reply: the stored {@link ComponentRegistration} (node id filled in). */
    public static final String REGISTER = "vertiform.hub.register";
    /** Request {@link Unregister}; reply {@link UnregisterReply}. */
    public static final String UNREGISTER = "vertiform.hub.unregister";
    /** Request {@link DiscoverRequest}; reply {@link DiscoverReply}. */
    public static final String DISCOVER = "vertiform.hub.discover";
    /** Published {@link RegistryChange} whenever this node's hub adds or removes an entry. */
    public static final String CHANGES = "vertiform.hub.changes";

    /** Name of the shared-data map holding the registry (cluster-wide when Vert.x is clustered). */
    public static final String REGISTRY_MAP = "vertiform.hub.registry";

    private HubAddresses() {
    }
}
