package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Generates configuration for an imported resource from its state.
 */
public final class GenerateResourceConfig {

    public record Request(String typeName, DynamicValue state) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(DynamicValue config, List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private GenerateResourceConfig() {
    }
}
