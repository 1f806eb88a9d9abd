package io.vertiform.framework.resource;

import io.vertiform.framework.schema.ComponentSchema;
import java.util.function.Function;

/**
 * Moves state from another resource type to this one.
 *
 * @param sourceSchema the source type's schema, or null; with it {@link MoveStateRequest#sourceState()} is
 *                     decoded
 * @param move         returns the moved state, or null when this mover does not handle the source
 */
public record StateMover<S>(ComponentSchema sourceSchema, Function<MoveStateRequest, S> move) {

    public static <S> StateMover<S> of(ComponentSchema sourceSchema, Function<MoveStateRequest, S> move) {
        return new StateMover<>(sourceSchema, move);
    }
}
