package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Validates a state store's configuration (protocol 6 only).
 */
public final class ValidateStateStoreConfig {

    public record Request(String typeName, DynamicValue config) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private ValidateStateStoreConfig() {
    }
}
