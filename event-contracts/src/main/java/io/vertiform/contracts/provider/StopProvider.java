package io.vertiform.contracts.provider;

import io.vertiform.contracts.provider.wire.WireName;

/**
 * Terraform asks the provider to stop what it is doing ({@code StopProvider} v6, {@code Stop} v5). The RPC layer
 * cancels the session's in-flight calls itself and publishes the request to {@link ProviderAddresses#STOP} (header
 * {@link ProviderHeaders#SESSION}) so components can abort their work.
 */
public final class StopProvider {

    public record Request() {
    }

    /**
     * @param error a failure to stop, empty when none
     */
    public record Response(@WireName("Error") String error) {
        public Response {
            error = Values.text(error);
        }
    }

    private StopProvider() {
    }
}
