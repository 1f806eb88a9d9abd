package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Plans a change to a managed resource.
 */
public final class PlanResourceChange {

    public record Request(String typeName, DynamicValue priorState, DynamicValue proposedNewState,
                          DynamicValue config, byte[] priorPrivate, DynamicValue providerMeta,
                          ClientCapabilities clientCapabilities, ResourceIdentityData priorIdentity,
                          byte[] plannedPrivate) {
        public Request {
            typeName = Values.text(typeName);
            priorPrivate = Values.bytes(priorPrivate);
            plannedPrivate = Values.bytes(plannedPrivate);
        }
    }

    public record Response(DynamicValue plannedState, List<AttributePath> requiresReplace, byte[] plannedPrivate,
                           List<Diagnostic> diagnostics, boolean legacyTypeSystem, Deferred deferred,
                           ResourceIdentityData plannedIdentity) {
        public Response {
            requiresReplace = Values.list(requiresReplace);
            plannedPrivate = Values.bytes(plannedPrivate);
            diagnostics = Values.list(diagnostics);
        }
    }

    private PlanResourceChange() {
    }
}
