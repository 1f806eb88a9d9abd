package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.wire.WireName;
import java.time.Instant;
import java.util.List;

/**
 * Renews an open ephemeral resource.
 */
public final class RenewEphemeralResource {

    /**
     * @param privateData what Open (or the last Renew) returned, null for none
     */
    public record Request(String typeName, @WireName("private") byte[] privateData) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(List<Diagnostic> diagnostics, Instant renewAt, @WireName("private") byte[] privateData) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private RenewEphemeralResource() {
    }
}
