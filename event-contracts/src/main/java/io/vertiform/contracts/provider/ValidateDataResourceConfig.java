package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Validates a data source's configuration ({@code ValidateDataResourceConfig} v6,
 * {@code ValidateDataSourceConfig} v5).
 */
public final class ValidateDataResourceConfig {

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

    private ValidateDataResourceConfig() {
    }
}
