package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.wire.WireName;
import java.util.List;

/**
 * Applies a planned change to a managed resource.
 */
public final class ApplyResourceChange {

    public record Request(String typeName, DynamicValue priorState, DynamicValue plannedState, DynamicValue config,
                          byte[] plannedPrivate, DynamicValue providerMeta, ResourceIdentityData plannedIdentity) {
        public Request {
            typeName = Values.text(typeName);
            plannedPrivate = Values.bytes(plannedPrivate);
        }
    }

    public record Response(DynamicValue newState, @WireName("private") byte[] privateData,
                           List<Diagnostic> diagnostics, boolean legacyTypeSystem, ResourceIdentityData newIdentity) {
        public Response {
            privateData = Values.bytes(privateData);
            diagnostics = Values.list(diagnostics);
        }
    }

    private ApplyResourceChange() {
    }
}
