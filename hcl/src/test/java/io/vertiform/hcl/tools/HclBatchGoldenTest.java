package io.vertiform.hcl.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The big table test: ~300 requests (tokens, file summaries, expressions and templates evaluated with variables and
 * functions, JSON syntax attributes) whose answers were recorded from hcl v2 2.14.1 through the Go
 * {@code hcl-oracle}; this implementation must give the same answer, ranges and diagnostics included.
 *
 * <p>Two things are normalised before comparing: "Did you mean" suggestions (hcl picks among several candidates in
 * Go map order, which is random) and the Go stack trace in "panic in function implementation" details.
 *
 * <p>Regenerate after changing the requests (from the repository root, with the oracle built):
 * {@code jq -c .request F | verticles/tools/tofusoup/oracle/target/bin/hcl-oracle golden > F.new}.
 */
class HclBatchGoldenTest {
    // Exact numbers: cty numbers carry up to 512 bits, which doubles would round away.
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build()).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final Pattern SUGGESTION = Pattern.compile(" Did you mean \\\\\"[^\\\\]*\\\\\"\\?");
    private static final Pattern PANIC = Pattern.compile("(panic in function implementation: )(?:[^\"\\\\]|\\\\.)*");

    record Case(String name, String request, JsonNode expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                HclBatchGoldenTest.class.getResourceAsStream("golden-oracle.jsonl"), StandardCharsets.UTF_8))) {
            int i = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode node = JSON.readTree(line);
                JsonNode req = node.get("request");
                String name = i++ + " " + req.get("op").asText() + (req.path("template").asBoolean() ? "(tmpl)" : "")
                        + " " + req.get("src").asText().replace("\n", "\\n");
                out.add(new Case(name, JSON.writeValueAsString(req), node.get("response")));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesHclV2(Case c) throws IOException {
        JsonNode actual = JSON.readTree(HclBatch.handle(c.request()));
        assertThat(normalise(actual)).isEqualTo(normalise(c.expected()));
    }

    private static String normalise(JsonNode node) throws IOException {
        String text = JSON.writeValueAsString(node);
        text = SUGGESTION.matcher(text).replaceAll("");
        return PANIC.matcher(text).replaceAll("$1...");
    }
}
