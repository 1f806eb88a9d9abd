package io.vertiform.contracts.provider;

/**
 * Optional protocol behaviours the provider supports.
 *
 * @param planDestroy               PlanResourceChange is also called for destroys
 * @param getProviderSchemaOptional the core may skip GetProviderSchema and use cached schemas with GetMetadata
 * @param moveResourceState         MoveResourceState is implemented
 * @param generateResourceConfig    GenerateResourceConfig is implemented
 */
public record ServerCapabilities(boolean planDestroy, boolean getProviderSchemaOptional, boolean moveResourceState,
                                 boolean generateResourceConfig) {
    public static final ServerCapabilities NONE = new ServerCapabilities(false, false, false, false);
}
