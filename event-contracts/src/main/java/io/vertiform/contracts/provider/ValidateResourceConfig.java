package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Validates a managed resource's configuration ({@code ValidateResourceConfig} v6,
 * {@code ValidateResourceTypeConfig} v5).
 */
public final class ValidateResourceConfig {

    public record Request(String typeName, DynamicValue config, ClientCapabilities clientCapabilities) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private ValidateResourceConfig() {
    }
}
