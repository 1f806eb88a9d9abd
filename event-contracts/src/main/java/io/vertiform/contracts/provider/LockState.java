package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Locks a stored state (protocol 6 only).
 */
public final class LockState {

    public record Request(String typeName, String stateId, String operation) {
        public Request {
            typeName = Values.text(typeName);
            stateId = Values.text(stateId);
            operation = Values.text(operation);
        }
    }

    public record Response(String lockId, List<Diagnostic> diagnostics) {
        public Response {
            lockId = Values.text(lockId);
            diagnostics = Values.list(diagnostics);
        }
    }

    private LockState() {
    }
}
