package io.vertiform.contracts.hub;

/**
 * Well-known component kinds. Kinds are plain strings so later layers can add their own; these are the
 * ones the foundry itself uses (they mirror Terraform's component families plus internal services).
 */
public final class ComponentKinds {
    public static final String PROVIDER = "provider";
    public static final String RESOURCE = "resource";
    public static final String DATA_SOURCE = "data-source";
    public static final String EPHEMERAL_RESOURCE = "ephemeral-resource";
    public static final String FUNCTION = "function";
    /** Infrastructure verticles: the registry, configuration, process runner and the like. */
    public static final String SERVICE = "service";

    private ComponentKinds() {
    }
}
