package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Invokes an action (server-streaming): the component sends {@link Event}s (progress, then one completion) to
 * the address in header {@link ProviderHeaders#STREAM_ADDRESS} and then replies {@link StreamEnd}.
 */
public final class InvokeAction {

    public record Request(String actionType, DynamicValue config, ClientCapabilities clientCapabilities) {
        public Request {
            actionType = Values.text(actionType);
        }
    }

    /** A progress message. */
    public record Progress(String message) {
        public Progress {
            message = Values.text(message);
        }
    }

    /** The end of the invocation. */
    public record Completed(List<Diagnostic> diagnostics) {
        public Completed {
            diagnostics = Values.list(diagnostics);
        }
    }

    /** Exactly one of {@code progress} and {@code completed} is set. */
    public record Event(Progress progress, Completed completed) {
    }

    private InvokeAction() {
    }
}
