package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Validates the provider block ({@code ValidateProviderConfig} v6, {@code PrepareProviderConfig} v5). Sent to
 * {@link ProviderAddresses#VALIDATE_PROVIDER}; without a handler the configuration is accepted as is.
 */
public final class ValidateProviderConfig {

    public record Request(DynamicValue config) {
    }

    /**
     * @param preparedConfig protocol 5 only: the configuration to use from now on; null means "unchanged"
     */
    public record Response(DynamicValue preparedConfig, List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private ValidateProviderConfig() {
    }
}
