package io.vertiform.testkit.provider.example;

import io.vertiform.foundation.error.ProviderException;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.StateUpgrader;
import io.vertiform.framework.resource.Upgradable;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.value.Value;
import java.util.Map;

/**
 * {@code example_note}: a note kept in Terraform's state only, there to show a state upgrade. Schema version 1
 * renamed version 0's {@code name} to {@code title} and turned {@code priority}, stored as a string, into a
 * number; state written by version 0 is upgraded by decoding it with the version 0 schema.
 */
@Resource("example_note")
public final class NoteResource implements ResourceHandler<NoteResource.Note>, Upgradable<NoteResource.Note> {

    /** The state of schema version 1; the id is the title. */
    public record Note(Value<String> id, String title, Long priority) {
    }

    /** The state as schema version 0 stored it. */
    record NoteV0(String id, String name, String priority) {
    }

    static final ComponentSchema V0 = ComponentSchema.builder()
            .version(0)
            .attribute(Attributes.string("id").computed())
            .attribute(Attributes.string("name").required())
            .attribute(Attributes.string("priority").optional())
            .build();

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .version(1)
                .description("A note kept in state only.")
                .attribute(Attributes.string("id").computed().useStateForUnknown())
                .attribute(Attributes.string("title").required().requiresReplace()
                        .description("Called name before schema version 1."))
                .attribute(Attributes.int64("priority").optional()
                        .description("A string before schema version 1."))
                .build();
    }

    @Override
    public Map<Long, StateUpgrader<Note>> stateUpgraders() {
        return Map.of(0L, StateUpgrader.of(V0, request -> {
            NoteV0 old = request.priorState(NoteV0.class);
            return new Note(Value.of(old.id() == null ? old.name() : old.id()), old.name(), priority(old.priority()));
        }));
    }

    private static Long priority(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return Long.parseLong(stored.trim());
        } catch (NumberFormatException e) {
            throw ProviderException.error("Invalid stored priority",
                    "Version 0 state holds priority \"" + stored + "\", which is not a whole number.");
        }
    }

    @Override
    public Note create(CreateRequest<Note> request) {
        Note plan = request.plan();
        return new Note(Value.of(plan.title()), plan.title(), plan.priority());
    }

    @Override
    public Note read(ReadRequest<Note> request) {
        return request.state();
    }

    @Override
    public Note update(UpdateRequest<Note> request) {
        Note plan = request.plan();
        return new Note(Value.of(plan.title()), plan.title(), plan.priority());
    }

    @Override
    public void delete(DeleteRequest<Note> request) {
        // Nothing exists outside the state.
    }
}
