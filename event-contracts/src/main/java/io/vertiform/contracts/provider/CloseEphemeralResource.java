package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.wire.WireName;
import java.util.List;

/**
 * Closes an open ephemeral resource.
 */
public final class CloseEphemeralResource {

    public record Request(String typeName, @WireName("private") byte[] privateData) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private CloseEphemeralResource() {
    }
}
