package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.wire.WireName;
import java.util.List;

/**
 * Lists the stored states of a state store (protocol 6 only).
 */
public final class GetStates {

    public record Request(String typeName) {
        public Request {
            typeName = Values.text(typeName);
        }
    }

    public record Response(@WireName("state_id") List<String> stateIds, List<Diagnostic> diagnostics) {
        public Response {
            stateIds = Values.list(stateIds);
            diagnostics = Values.list(diagnostics);
        }
    }

    private GetStates() {
    }
}
