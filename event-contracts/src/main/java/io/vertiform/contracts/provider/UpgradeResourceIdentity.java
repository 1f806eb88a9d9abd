package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Upgrades a stored resource identity to the current identity schema version.
 */
public final class UpgradeResourceIdentity {

    public record Request(String typeName, long version, RawState rawIdentity) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(ResourceIdentityData upgradedIdentity, List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private UpgradeResourceIdentity() {
    }
}
