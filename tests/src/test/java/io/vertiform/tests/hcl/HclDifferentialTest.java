package io.vertiform.tests.hcl;

import io.vertiform.tests.support.BatchOracle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertiform.hcl.tools.HclBatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated corpora (seeded, so every run compares the same inputs) answered by this implementation and by hcl v2
 * 2.14.1 through the Go {@code hcl-oracle}: file summaries, tokens, expressions and templates evaluated with
 * variables and functions (value, type, diagnostics with ranges), and JSON syntax attributes; tokens and summaries
 * also for input with malformed UTF-8. Any difference fails,
 * after normalising "Did you mean" suggestions (Go picks among candidates in random map order) and Go stack traces
 * in "panic in function implementation" details.
 */
class HclDifferentialTest {
    private static final long SEED = 20_250_601L;
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(Integer.MAX_VALUE).build()).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);
    private static final Pattern SUGGESTION = Pattern.compile(" Did you mean \\\\\"[^\\\\]*\\\\\"\\?");
    private static final Pattern PANIC = Pattern.compile("(panic in function implementation: )(?:[^\"\\\\]|\\\\.)*");

    private static BatchOracle oracle;

    @BeforeAll
    static void startOracle() throws IOException {
        oracle = BatchOracle.start("hcl-oracle");
    }

    @AfterAll
    static void stopOracle() throws Exception {
        if (oracle != null) {
            oracle.close();
        }
    }

    @Test
    void summariesOfGeneratedFiles() throws Exception {
        compare("summary", 4000, (i) -> request("summary", "gen-" + i + ".tf",
                new HclGen(SEED + i, true, false).file(), ""));
    }

    @Test
    void tokensOfTokenSoup() throws Exception {
        compare("tokens", 3000, (i) -> request("tokens", "soup.hcl", new HclGen(SEED * 3 + i, false, true).soup(),
                i % 3 == 0 ? ",\"template\":true" : ""));
    }

    @Test
    void malformedUtf8() throws Exception {
        compare("tokens-bytes", 2000, (i) -> request("tokens", "bytes.hcl",
                new HclGen(SEED * 17 + i, false, true).byteSoup(), i % 3 == 0 ? ",\"template\":true" : ""));
        compare("summary-bytes", 2000, (i) -> request("summary", "bytes.hcl",
                new HclGen(SEED * 19 + i, false, true).byteSoup(), ""));
    }

    @Test
    void expressionsWithVariablesAndFunctions() throws Exception {
        compare("expr", 4000, (i) -> request("expr", "expr.hcl", new HclGen(SEED * 5 + i, true, true).expression(),
                ",\"functions\":true,\"vars\":" + HclGen.VARS_JSON));
    }

    @Test
    void unknownValuesPropagate() throws Exception {
        String[] unknowns = {"[\"a\",\"s\"]", "[\"list\",\"obj\"]", "[\"m\",\"nested\",\"flag\"]",
            "[\"dynamic\",\"n\",\"b\"]"};
        compare("expr-unknown", 3000, (i) -> request("expr", "expr.hcl",
                new HclGen(SEED * 23 + i, false, true).expression(), ",\"functions\":true,\"unknowns\":"
                        + unknowns[i % unknowns.length] + ",\"vars\":" + HclGen.VARS_JSON));
    }

    @Test
    void expressionsWithoutContext() throws Exception {
        compare("expr", 1500, (i) -> request("expr", "expr.hcl", new HclGen(SEED * 11 + i, true, false).expression(),
                ""));
    }

    @Test
    void templates() throws Exception {
        compare("template", 2000, (i) -> request("expr", "t.tmpl", new HclGen(SEED * 7 + i, true, true).template(),
                ",\"template\":true,\"functions\":true,\"vars\":" + HclGen.VARS_JSON));
    }

    @Test
    void jsonSyntax() throws Exception {
        compare("jsonattrs", 3000, (i) -> request("jsonattrs", "doc.json",
                new HclGen(SEED * 13 + i, false, true).jsonDocument(),
                i % 2 == 0 ? ",\"functions\":true,\"vars\":" + HclGen.VARS_JSON : ""));
    }

    private static String request(String op, String name, String src, String extra) {
        return request(op, name, src.getBytes(StandardCharsets.UTF_8), extra);
    }

    private static String request(String op, String name, byte[] src, String extra) {
        String b64 = Base64.getEncoder().encodeToString(src);
        return "{\"op\":\"" + op + "\",\"name\":\"" + name + "\",\"src64\":\"" + b64 + "\"" + extra + "}";
    }

    private static void compare(String what, int count, Function<Integer, String> gen) throws Exception {
        List<String> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            requests.add(gen.apply(i));
        }
        List<String> expected = oracle.exchange(requests);
        List<String> differences = new ArrayList<>();
        int withErrors = 0;
        for (int i = 0; i < count; i++) {
            String go = normalise(expected.get(i));
            String java = normalise(HclBatch.handle(requests.get(i)));
            if (go.contains("\"severity\":\"error\"") || go.matches(".*\"errors\":[1-9].*")) {
                withErrors++;
            }
            if (!go.equals(java) && differences.size() < 5) {
                differences.add(source(requests.get(i)) + "\n  hcl v2: " + go + "\n  java:   " + java);
            } else if (!go.equals(java)) {
                differences.add("");
            }
        }
        System.err.printf("hcl differential %s: %d inputs (%d with errors), %d differences%n", what, count,
                withErrors, differences.size());
        assertThat(differences).as("differences from hcl v2 (%s)", what).isEmpty();
    }

    private static String source(String request) throws IOException {
        JsonNode req = JSON.readTree(request);
        return new String(Base64.getDecoder().decode(req.get("src64").asText()), StandardCharsets.UTF_8);
    }

    private static String normalise(String line) throws IOException {
        String text = JSON.writeValueAsString(JSON.readTree(line));
        text = SUGGESTION.matcher(text).replaceAll("");
        return PANIC.matcher(text).replaceAll("$1...");
    }
}
