package io.vertiform.components.datasource;

import io.vertiform.components.provider.ProviderSettings;
import io.vertiform.cty.CtyType;
import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.datasource.AsyncDataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.Validators;
import io.vertx.core.Future;
import java.util.Map;

/**
 * {@code vertiform_http_api}: one HTTP request, answered with the status, headers and body. Any HTTP status is a
 * successful read (as in pyvider: check {@code status_code} in a postcondition); only a request that gets no
 * response at all — bad URL, refused connection, TLS failure, timeout — is an error, shown at {@code url}.
 */
@DataSource("vertiform_http_api")
public final class HttpApiDataSource implements AsyncDataSourceHandler<HttpApiDataSource.Http> {

    public record Http(String url, String method, Map<String, String> headers, String body, Long timeout,
                       Long statusCode, String responseBody, Map<String, String> responseHeaders, Long headerCount,
                       String contentType, Long responseTimeMs, String errorMessage) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("Sends one HTTP request and returns the response. A relative `url` is appended"
                        + " to the provider's `api_endpoint`; the provider's `api_headers` and `api_token` (as a"
                        + " bearer token) are sent too. Non-2xx responses are data, not errors.")
                .attribute(Attributes.string("url").required().validators(ConfigChecks.httpUrl())
                        .description("Absolute http(s) URL, or a path relative to the provider's api_endpoint."))
                .attribute(Attributes.string("method").optional().validators(ConfigChecks.httpMethod())
                        .description("HTTP method (default GET)."))
                .attribute(Attributes.map("headers", CtyType.STRING).optional()
                        .description("Request headers; they override the provider's api_headers and api_token."))
                .attribute(Attributes.string("body").optional().description("Request body, sent as UTF-8."))
                .attribute(Attributes.int64("timeout").optional().validators(Validators.between(1, 3600))
                        .description("Seconds for the whole exchange (default: the provider's api_timeout, 30)."))
                .attribute(Attributes.int64("status_code").computed().description("The response status."))
                .attribute(Attributes.string("response_body").computed().description("The response body as text."))
                .attribute(Attributes.map("response_headers", CtyType.STRING).computed()
                        .description("Response headers, names lower-cased, repeated headers joined with \", \"."))
                .attribute(Attributes.int64("header_count").computed().description("Number of response headers."))
                .attribute(Attributes.string("content_type").computed()
                        .description("The Content-Type response header, null when absent."))
                .attribute(Attributes.int64("response_time_ms").computed()
                        .description("Milliseconds from sending the request to the complete response."))
                .attribute(Attributes.string("error_message").computed()
                        .description("For status 400 and above, the status line (e.g. \"404 Not Found\"); else null."))
                .build();
    }

    @Override
    public Future<Http> read(DataSourceReadRequest<Http> request) {
        Http c = request.config();
        ProviderSettings settings = request.providerData(ProviderSettings.class);
        HttpTarget target = HttpTarget.of(c.url(), c.method(), c.headers(), c.body(), c.timeout(), settings);
        return HttpExchange.send(request.vertx(), target, settings.apiInsecureSkipVerify(), settings.apiRetries())
                .recover(err -> Future.failedFuture(err instanceof HttpExchange.Failure f ? failure(f, settings) : err))
                .map(r -> new Http(c.url(), c.method(), c.headers(), c.body(), c.timeout(), (long) r.status(),
                        r.body(), r.headers(), (long) r.headers().size(), r.headers().get("content-type"),
                        r.elapsedMillis(), r.status() >= 400 ? r.status() + " " + r.statusMessage() : null));
    }

    private static RuntimeException failure(HttpExchange.Failure f, ProviderSettings settings) {
        return switch (f.kind()) {
            case TIMEOUT -> Problems.at("url", "HTTP request timed out", f.getMessage()
                    + " Raise timeout (or the provider's api_timeout) if the server is just slow.");
            case TLS -> Problems.at("url", "TLS verification failed", f.getMessage()
                    + (settings.apiInsecureSkipVerify() ? "" : " A self-signed test server needs"
                    + " api_insecure_skip_verify = true in the provider block."));
            case CONNECTION -> Problems.at("url", "HTTP request failed", f.getMessage()
                    + (settings.apiRetries() > 0 ? " (after " + settings.apiRetries() + " retries)" : ""));
        };
    }
}
