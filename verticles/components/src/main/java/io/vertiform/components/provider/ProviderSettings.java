package io.vertiform.components.provider;

import java.time.Duration;
import java.util.Map;

/**
 * What configuring {@code vertiform} yields for one session: components read it with
 * {@code request.providerData(ProviderSettings.class)}. {@code apiToken} is a secret: never log or echo it.
 */
public record ProviderSettings(String apiEndpoint, String apiToken, Duration apiTimeout, int apiRetries,
                               boolean apiInsecureSkipVerify, Map<String, String> apiHeaders) {

    public static final long DEFAULT_TIMEOUT_SECONDS = 30;

    /** The settings of a provider block left empty. */
    public static ProviderSettings defaults() {
        return new ProviderSettings(null, null, Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS), 0, false, Map.of());
    }
}
