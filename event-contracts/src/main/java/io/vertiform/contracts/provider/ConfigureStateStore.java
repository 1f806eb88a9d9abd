package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Configures a state store (protocol 6 only).
 */
public final class ConfigureStateStore {

    public record Request(String typeName, DynamicValue config, ClientChunking capabilities) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    /** The chunk size the core suggests. */
    public record ClientChunking(long chunkSize) {
    }

    /** The chunk size the store chose. */
    public record ServerChunking(long chunkSize) {
    }

    public record Response(List<Diagnostic> diagnostics, ServerChunking capabilities) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private ConfigureStateStore() {
    }
}
