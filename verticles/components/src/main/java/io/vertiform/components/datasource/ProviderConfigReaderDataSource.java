package io.vertiform.components.datasource;

import io.vertiform.components.provider.ProviderSettings;
import io.vertiform.cty.CtyType;
import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import java.util.Map;

/**
 * {@code vertiform_provider_config_reader}: the provider block's settings as this session's components see them,
 * defaults applied ({@code api_timeout} 30, {@code api_retries} 0). {@code api_token} is sensitive.
 */
@DataSource("vertiform_provider_config_reader")
public final class ProviderConfigReaderDataSource
        implements DataSourceHandler<ProviderConfigReaderDataSource.Settings> {

    public record Settings(String apiEndpoint, String apiToken, Long apiTimeout, Long apiRetries,
                           Boolean apiInsecureSkipVerify, Map<String, String> apiHeaders) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("The `vertiform` provider block's effective settings (defaults applied).")
                .attribute(Attributes.string("api_endpoint").computed().description("null when not set."))
                .attribute(Attributes.string("api_token").computed().sensitive().description("null when not set."))
                .attribute(Attributes.int64("api_timeout").computed().description("Seconds."))
                .attribute(Attributes.int64("api_retries").computed())
                .attribute(Attributes.bool("api_insecure_skip_verify").computed())
                .attribute(Attributes.map("api_headers", CtyType.STRING).computed())
                .build();
    }

    @Override
    public Settings read(DataSourceReadRequest<Settings> request) {
        ProviderSettings s = request.providerData(ProviderSettings.class);
        return new Settings(s.apiEndpoint(), s.apiToken(), s.apiTimeout().toSeconds(), (long) s.apiRetries(),
                s.apiInsecureSkipVerify(), s.apiHeaders());
    }
}
