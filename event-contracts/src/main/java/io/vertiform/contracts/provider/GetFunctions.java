package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * The provider-defined functions. Sent to {@link ProviderAddresses#FUNCTIONS}; without a handler the functions of
 * the {@link GetProviderSchema} reply are used.
 */
public final class GetFunctions {

    public record Request() {
    }

    public record Response(Map<String, ProviderFunction> functions, List<Diagnostic> diagnostics) {
        public Response {
            functions = Values.map(functions);
            diagnostics = Values.list(diagnostics);
        }
    }

    private GetFunctions() {
    }
}
