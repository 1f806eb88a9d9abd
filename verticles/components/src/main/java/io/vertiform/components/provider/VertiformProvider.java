package io.vertiform.components.provider;

import io.vertiform.framework.annotation.Provider;
import io.vertiform.framework.provider.ConfigureRequest;
import io.vertiform.framework.provider.ProviderHandler;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.Validators;
import io.vertiform.cty.CtyType;
import java.time.Duration;
import java.util.Map;

/**
 * The standard library provider {@code vertiform}. Its block configures the HTTP defaults that
 * {@code vertiform_http_api} uses and that {@code vertiform_provider_config_reader} exposes; every other
 * component works without any configuration.
 */
@Provider(value = "vertiform", version = "0.1.0")
public final class VertiformProvider implements ProviderHandler<VertiformProvider.Config> {

    /** The provider block as Terraform sends it; every attribute is optional. */
    public record Config(String apiEndpoint, String apiToken, Long apiTimeout, Long apiRetries,
                         Boolean apiInsecureSkipVerify, Map<String, String> apiHeaders) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .description("Vertiform's standard library: local files and directories, tokens, HTTP, jq and"
                        + " string, number and collection functions.")
                .attribute(Attributes.string("api_endpoint").optional()
                        .description("Base URL that relative vertiform_http_api URLs are resolved against.")
                        .validators(Validators.regex("^https?://[^\\s]+$")))
                .attribute(Attributes.string("api_token").optional().sensitive()
                        .description("Sent as \"Authorization: Bearer <token>\" by vertiform_http_api unless the"
                                + " request sets its own Authorization header."))
                .attribute(Attributes.int64("api_timeout").optional()
                        .description("Default HTTP timeout in seconds (default 30).")
                        .validators(Validators.between(1, 3600)))
                .attribute(Attributes.int64("api_retries").optional()
                        .description("How often a failed connection is retried (default 0).")
                        .validators(Validators.between(0, 10)))
                .attribute(Attributes.bool("api_insecure_skip_verify").optional()
                        .description("Accept any TLS certificate. For local test servers only."))
                .attribute(Attributes.map("api_headers", CtyType.STRING).optional()
                        .description("Headers sent with every vertiform_http_api request."))
                .build();
    }

    @Override
    public Object configure(ConfigureRequest<Config> request) {
        Config c = request.config();
        return new ProviderSettings(c.apiEndpoint(), c.apiToken(),
                Duration.ofSeconds(c.apiTimeout() == null ? ProviderSettings.DEFAULT_TIMEOUT_SECONDS : c.apiTimeout()),
                c.apiRetries() == null ? 0 : c.apiRetries().intValue(),
                Boolean.TRUE.equals(c.apiInsecureSkipVerify()),
                c.apiHeaders() == null ? Map.of() : Map.copyOf(c.apiHeaders()));
    }
}
