package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Unlocks a stored state (protocol 6 only).
 */
public final class UnlockState {

    public record Request(String typeName, String stateId, String lockId) {
        public Request {
            typeName = Values.text(typeName);
            stateId = Values.text(stateId);
            lockId = Values.text(lockId);
        }
    }

    public record Response(List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private UnlockState() {
    }
}
