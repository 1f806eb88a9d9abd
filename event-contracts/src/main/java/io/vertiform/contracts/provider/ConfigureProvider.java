package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Configures the provider instance of a session ({@code ConfigureProvider} v6, {@code Configure} v5). Sent to
 * {@link ProviderAddresses#CONFIGURE}; without a handler it succeeds with nothing to configure.
 */
public final class ConfigureProvider {

    public record Request(String terraformVersion, DynamicValue config, ClientCapabilities clientCapabilities) {
        public Request {
            terraformVersion = Values.text(terraformVersion);
        }
    }

    public record Response(List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private ConfigureProvider() {
    }
}
