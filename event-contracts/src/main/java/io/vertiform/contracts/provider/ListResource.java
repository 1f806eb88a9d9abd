package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.wire.WireName;
import java.util.List;

/**
 * Lists existing objects of a resource type (server-streaming): the component sends {@link Event}s to the
 * address in header {@link ProviderHeaders#STREAM_ADDRESS} and then replies {@link StreamEnd} with their count.
 */
public final class ListResource {

    public record Request(String typeName, DynamicValue config, boolean includeResourceObject, long limit) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    /**
     * One listed object, or diagnostics.
     *
     * @param resourceObject the full object, when requested; null otherwise
     */
    public record Event(ResourceIdentityData identity, String displayName, DynamicValue resourceObject,
                        @WireName("diagnostic") List<Diagnostic> diagnostics) {
        public Event {
            displayName = Values.text(displayName);
            diagnostics = Values.list(diagnostics);
        }
    }

    private ListResource() {
    }
}
