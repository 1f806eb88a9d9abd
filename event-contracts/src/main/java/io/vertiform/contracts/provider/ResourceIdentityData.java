package io.vertiform.contracts.provider;

/** A resource identity value, typed by the resource's identity schema. */
public record ResourceIdentityData(DynamicValue identityData) {
}
