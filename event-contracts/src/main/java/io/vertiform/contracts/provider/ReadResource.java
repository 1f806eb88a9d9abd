package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.wire.WireName;
import java.util.List;

/**
 * Refreshes a managed resource from the real world.
 */
public final class ReadResource {

    public record Request(String typeName, DynamicValue currentState, @WireName("private") byte[] privateData,
                          DynamicValue providerMeta, ClientCapabilities clientCapabilities,
                          ResourceIdentityData currentIdentity) {
        public Request {
            typeName = Values.text(typeName);
            privateData = Values.bytes(privateData);
        }
    }

    public record Response(DynamicValue newState, List<Diagnostic> diagnostics,
                           @WireName("private") byte[] privateData, Deferred deferred,
                           ResourceIdentityData newIdentity) {
        public Response {
            diagnostics = Values.list(diagnostics);
            privateData = Values.bytes(privateData);
        }
    }

    private ReadResource() {
    }
}
