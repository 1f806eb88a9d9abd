package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Upgrades stored state written by an older schema version to the current one.
 */
public final class UpgradeResourceState {

    public record Request(String typeName, long version, RawState rawState) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(DynamicValue upgradedState, List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private UpgradeResourceState() {
    }
}
