package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Reads a data source.
 */
public final class ReadDataSource {

    public record Request(String typeName, DynamicValue config, DynamicValue providerMeta,
                          ClientCapabilities clientCapabilities) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(DynamicValue state, List<Diagnostic> diagnostics, Deferred deferred) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private ReadDataSource() {
    }
}
