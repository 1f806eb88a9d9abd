package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Deletes a stored state (protocol 6 only).
 */
public final class DeleteState {

    public record Request(String typeName, String stateId) {
        public Request {
            typeName = Values.text(typeName);
            stateId = Values.text(stateId);
        }
    }

    public record Response(List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private DeleteState() {
    }
}
