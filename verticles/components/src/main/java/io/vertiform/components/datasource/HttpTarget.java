package io.vertiform.components.datasource;

import io.vertiform.components.provider.ProviderSettings;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code vertiform_http_api} request, fully decided before anything is sent: the absolute URL (a relative
 * {@code url} is appended to the provider's {@code api_endpoint}), the method, the merged headers (provider
 * {@code api_headers}, then {@code Authorization: Bearer <api_token>}, then the data source's own {@code headers};
 * later ones win, names compared case-insensitively) and the timeout.
 */
record HttpTarget(String url, String method, Map<String, String> headers, String body, Duration timeout) {

    static HttpTarget of(String url, String method, Map<String, String> headers, String body, Long timeoutSeconds,
                         ProviderSettings settings) {
        checkSyntaxAt(url);
        String absolute = isAbsolute(url) ? url : join(settings.apiEndpoint(), url);
        Map<String, Header> merged = new LinkedHashMap<>();
        settings.apiHeaders().forEach((k, v) -> put(merged, k, v));
        boolean ownAuthorization = headers != null && headers.keySet().stream()
                .anyMatch(k -> k.equalsIgnoreCase("authorization"));
        if (settings.apiToken() != null && !settings.apiToken().isEmpty() && !ownAuthorization) {
            put(merged, "Authorization", "Bearer " + settings.apiToken());
        }
        if (headers != null) {
            headers.forEach((k, v) -> put(merged, k, v));
        }
        Map<String, String> out = new LinkedHashMap<>();
        merged.values().forEach(h -> out.put(h.name(), h.value()));
        Duration timeout = timeoutSeconds == null ? settings.apiTimeout() : Duration.ofSeconds(timeoutSeconds);
        return new HttpTarget(absolute, method == null ? "GET" : method.toUpperCase(Locale.ROOT), out, body, timeout);
    }

    /** Refuses what can never become a request: other schemes, no host, unparsable text. */
    static void checkSyntax(String url) {
        URI u = ConfigChecks.parseUri(url);
        if (u.getScheme() == null) {
            if (url.startsWith("//")) {
                throw new IllegalArgumentException("\"" + url + "\" has no scheme; write http:// or https://, or a"
                        + " path relative to the provider's api_endpoint.");
            }
            return;
        }
        String scheme = u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("\"" + url + "\" uses the scheme " + u.getScheme()
                    + "; only http and https are supported.");
        }
        if (u.getHost() == null || u.getHost().isEmpty()) {
            throw new IllegalArgumentException("\"" + url + "\" has no host.");
        }
    }

    private static void checkSyntaxAt(String url) {
        try {
            checkSyntax(url);
        } catch (IllegalArgumentException e) {
            throw Problems.at("url", "Invalid URL", e.getMessage());
        }
    }

    private static boolean isAbsolute(String url) {
        return ConfigChecks.parseUri(url).getScheme() != null;
    }

    private static String join(String endpoint, String relative) {
        if (endpoint == null || endpoint.isEmpty()) {
            throw Problems.at("url", "Relative URL without an endpoint",
                    "\"" + relative + "\" is relative, but the provider block sets no api_endpoint to resolve it"
                            + " against; write an absolute http:// or https:// URL or set api_endpoint.");
        }
        String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        String tail = relative.startsWith("/") ? relative.substring(1) : relative;
        return tail.isEmpty() ? base : base + "/" + tail;
    }

    private record Header(String name, String value) {
    }

    private static void put(Map<String, Header> merged, String name, String value) {
        if (name != null && value != null) {
            merged.put(name.toLowerCase(Locale.ROOT), new Header(name, value));
        }
    }

    @Override
    public String toString() {
        // Headers carry credentials: never print them.
        return method + " " + url;
    }
}
