package io.vertiform.framework.resource;

import io.vertiform.framework.schema.ComponentSchema;
import java.util.function.Function;

/**
 * Upgrades state written under one older schema version.
 *
 * @param priorSchema the schema of that version, or null; with it the framework decodes the stored JSON or
 *                    flatmap into {@link UpgradeStateRequest#priorState()}, without it only the raw JSON is there
 * @param upgrade     returns the state in the current schema
 */
public record StateUpgrader<S>(ComponentSchema priorSchema, Function<UpgradeStateRequest, S> upgrade) {

    public static <S> StateUpgrader<S> of(ComponentSchema priorSchema, Function<UpgradeStateRequest, S> upgrade) {
        return new StateUpgrader<>(priorSchema, upgrade);
    }

    public static <S> StateUpgrader<S> raw(Function<UpgradeStateRequest, S> upgrade) {
        return new StateUpgrader<>(null, upgrade);
    }
}
