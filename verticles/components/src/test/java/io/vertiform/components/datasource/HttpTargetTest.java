package io.vertiform.components.datasource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.components.provider.ProviderSettings;
import io.vertiform.foundation.error.ProviderException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpTargetTest {

    private static ProviderSettings settings(String endpoint, String token, Map<String, String> headers) {
        return new ProviderSettings(endpoint, token, Duration.ofSeconds(30), 0, false, headers);
    }

    @Test
    void relativeUrlsAreAppendedToTheEndpointWithOneSlash() {
        for (String endpoint : new String[] {"https://api.example.com/v1", "https://api.example.com/v1/"}) {
            for (String url : new String[] {"users/1?x=y", "/users/1?x=y"}) {
                assertThat(HttpTarget.of(url, null, null, null, null, settings(endpoint, null, Map.of())).url())
                        .isEqualTo("https://api.example.com/v1/users/1?x=y");
            }
        }
        assertThat(HttpTarget.of("http://other/x", null, null, null, null,
                settings("https://api.example.com", null, Map.of())).url()).isEqualTo("http://other/x");
    }

    @Test
    void headersMergeProviderThenTokenThenOwnCaseInsensitively() {
        Map<String, String> provider = new LinkedHashMap<>();
        provider.put("X-Team", "core");
        provider.put("Accept", "text/plain");
        HttpTarget t = HttpTarget.of("https://h/x", "post", Map.of("accept", "application/json"), "b", 5L,
                settings(null, "tok", provider));
        assertThat(t.headers()).containsExactly(Map.entry("X-Team", "core"), Map.entry("accept", "application/json"),
                Map.entry("Authorization", "Bearer tok"));
        assertThat(t.method()).isEqualTo("POST");
        assertThat(t.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(t.toString()).isEqualTo("POST https://h/x").doesNotContain("tok");

        HttpTarget own = HttpTarget.of("https://h/x", null, Map.of("AUTHORIZATION", "Basic x"), null, null,
                settings(null, "tok", Map.of()));
        assertThat(own.headers()).containsExactly(Map.entry("AUTHORIZATION", "Basic x"));
        assertThat(own.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(own.method()).isEqualTo("GET");
    }

    @Test
    void impossibleTargetsAreRefusedAtUrl() {
        for (String bad : new String[] {"ftp://h/x", "https:///nohost", "//h/x", "http://a b", "relative"}) {
            assertThatThrownBy(() -> HttpTarget.of(bad, null, null, null, null, settings(null, null, Map.of())))
                    .as(bad).isInstanceOfSatisfying(ProviderException.class,
                            e -> assertThat(e.attribute().toString()).isEqualTo("url"));
        }
    }
}
