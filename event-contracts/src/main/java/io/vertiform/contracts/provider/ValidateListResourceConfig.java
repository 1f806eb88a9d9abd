package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Validates a list block's configuration.
 */
public final class ValidateListResourceConfig {

    public record Request(String typeName, DynamicValue config, DynamicValue includeResourceObject,
                          DynamicValue limit) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private ValidateListResourceConfig() {
    }
}
