package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.wire.WireName;
import java.time.Instant;
import java.util.List;

/**
 * Opens an ephemeral resource.
 */
public final class OpenEphemeralResource {

    public record Request(String typeName, DynamicValue config, ClientCapabilities clientCapabilities) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    /**
     * @param renewAt when to call Renew, null for never
     * @param privateData opaque data for Renew/Close, null for none
     */
    public record Response(List<Diagnostic> diagnostics, Instant renewAt, DynamicValue result,
                           @WireName("private") byte[] privateData, Deferred deferred) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private OpenEphemeralResource() {
    }
}
