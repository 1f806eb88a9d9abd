package io.vertiform.framework.resource;

import java.util.function.Function;

/**
 * Upgrades an identity stored under one older identity version.
 *
 * @param priorSchema the identity schema of that version, or null; with it the framework decodes the stored JSON
 *                    into {@link UpgradeIdentityRequest#priorIdentity()}, without it only the raw JSON is there
 * @param upgrade     returns the identity at the current version: a record matching the identity schema, a
 *                    {@code Map<String, ?>} or a {@link io.vertiform.cty.CtyValue}
 */
public record IdentityUpgrader(IdentitySchema priorSchema, Function<UpgradeIdentityRequest, Object> upgrade) {

    public static IdentityUpgrader of(IdentitySchema priorSchema, Function<UpgradeIdentityRequest, Object> upgrade) {
        return new IdentityUpgrader(priorSchema, upgrade);
    }

    public static IdentityUpgrader raw(Function<UpgradeIdentityRequest, Object> upgrade) {
        return new IdentityUpgrader(null, upgrade);
    }
}
