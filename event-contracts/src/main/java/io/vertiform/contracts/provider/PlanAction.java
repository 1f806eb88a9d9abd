package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Plans an action invocation; sent to {@code vertiform.provider.action.<type>.plan}.
 */
public final class PlanAction {

    public record Request(String actionType, DynamicValue config, ClientCapabilities clientCapabilities) {
        public Request {
            actionType = Values.text(actionType);
        }
    }

    public record Response(List<Diagnostic> diagnostics, Deferred deferred) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private PlanAction() {
    }
}
