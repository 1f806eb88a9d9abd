package io.vertiform.components.jq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JqQueryTest {

    private static final String DOC = "{\"items\":[{\"name\":\"a\",\"on\":true,\"n\":1},{\"name\":\"b\",\"on\":false,\"n\":2}]}";

    @Test
    void streamsEveryResult() {
        List<JsonNode> out = JqQuery.compile(".items[] | select(.on) | .name").apply(JqJson.parse(DOC));
        assertThat(out).extracting(JsonNode::asText).containsExactly("a");
        assertThat(JqJson.write(JqQuery.compile(".items[].n").applyToSingle(JqJson.parse(DOC)))).isEqualTo("[1,2]");
        assertThat(JqJson.write(JqQuery.compile("empty").applyToSingle(JqJson.parse(DOC)))).isEqualTo("null");
        assertThat(JqJson.write(JqQuery.compile("[.items[].n] | add").applyToSingle(JqJson.parse(DOC)))).isEqualTo("3");
    }

    @Test
    void builtinsOfJq16AreLoaded() {
        JsonNode in = JqJson.parse("{\"b\":2,\"a\":1}");
        assertThat(JqJson.write(JqQuery.compile("keys").applyToSingle(in))).isEqualTo("[\"a\",\"b\"]");
        assertThat(JqJson.write(JqQuery.compile("to_entries | map(.value) | add").applyToSingle(in))).isEqualTo("3");
        assertThat(JqJson.write(JqQuery.compile("[.[]] | length").applyToSingle(in))).isEqualTo("2");
    }

    @Test
    void aSyntaxErrorCarriesItsPosition() {
        assertThatThrownBy(() -> JqQuery.compile(".items[")).isInstanceOfSatisfying(JqException.class, e -> {
            assertThat(e.kind()).isEqualTo(JqException.Kind.INVALID_QUERY);
            assertThat(e.getMessage()).contains("Cannot compile query").contains("line 1, column 7");
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(7);
        });
        assertThatThrownBy(() -> JqQuery.compile("  ")).isInstanceOfSatisfying(JqException.class,
                e -> assertThat(e.kind()).isEqualTo(JqException.Kind.INVALID_QUERY));
    }

    @Test
    void anUnknownFunctionIsTheQuerysFaultNotTheInputs() {
        JqQuery q = JqQuery.compile("nosuchfn(1)");
        assertThatThrownBy(() -> q.apply(JqJson.parse("{}"))).isInstanceOfSatisfying(JqException.class, e -> {
            assertThat(e.kind()).isEqualTo(JqException.Kind.INVALID_QUERY);
            assertThat(e.getMessage()).isEqualTo("Function nosuchfn/1 does not exist");
        });
    }

    @Test
    void evaluationErrorsUseJacksonJqsWording() {
        assertThatThrownBy(() -> JqQuery.compile(".a + 1").apply(JqJson.parse("{\"a\":\"s\"}")))
                .isInstanceOfSatisfying(JqException.class, e -> {
                    assertThat(e.kind()).isEqualTo(JqException.Kind.EVALUATION);
                    assertThat(e.getMessage()).isEqualTo("string (\"s\") and number (1) cannot be added");
                });
        assertThatThrownBy(() -> JqQuery.compile("error(\"custom\")").apply(JqJson.parse("1")))
                .isInstanceOfSatisfying(JqException.class, e -> assertThat(e.getMessage()).contains("custom"));
    }

    @Test
    void runawayQueriesEndInAnErrorInsteadOfHanging() {
        assertThatThrownBy(() -> JqQuery.compile("range(1e18)").apply(JqJson.parse("null")))
                .isInstanceOfSatisfying(JqException.class,
                        e -> assertThat(e.getMessage()).contains("more than " + JqQuery.MAX_RESULTS + " results"));
        assertThatThrownBy(() -> JqQuery.compile("def f: f + 1; f").apply(JqJson.parse("null")))
                .isInstanceOfSatisfying(JqException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("the query recursed too deeply"));
    }

    @Test
    void loopsThatNeverEmitHitTheTimeLimit() {
        for (String q : new String[] {"[range(1e18)]", "reduce range(1e12) as $x (0; . + $x)", "last(range(1e18))",
                "[limit(1e12; recurse(. + 1))] | length", "[foreach range(1e12) as $x (0; . + 1)] | length", "[range(1e9)] | length"}) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> JqQuery.compile(q).apply(JqJson.parse("null"), Duration.ofMillis(300)))
                    .as(q).isInstanceOfSatisfying(JqException.class, e -> {
                        assertThat(e.kind()).isEqualTo(JqException.Kind.EVALUATION);
                        assertThat(e.getMessage()).matches("the query ran longer than 300 ms|the query recursed too deeply|the query took more than 10000000 steps");
                    });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as(q).isLessThan(Duration.ofSeconds(60)); // a hang guard, generous for loaded CI machines
        }
        assertThat(JqQuery.DEFAULT_TIME_LIMIT).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aStepBudgetBoundsMemoryWhateverTheTimeLimit() {
        assertThatThrownBy(() -> JqQuery.compile("[range(1e9)] | length").apply(JqJson.parse("null"), Duration.ofHours(1)))
                .isInstanceOfSatisfying(JqException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("the query took more than 10000000 steps"));
        assertThat(JqJson.write(JqQuery.compile("[range(100000)] | add").applyToSingle(JqJson.parse("null"))))
                .isEqualTo("4999950000");
    }

    @Test
    void guardedBuiltinsBehaveAsJqDocuments() {
        JsonNode in = JqJson.parse("{\"a\":{\"b\":1},\"c\":[3,1,2,1],\"s\":\"Hello\"}");
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("[paths]", "[[\"a\"],[\"a\",\"b\"],[\"c\"],[\"c\",0],[\"c\",1],[\"c\",2],[\"c\",3],[\"s\"]]");
        expected.put("del(.a) | keys", "[\"c\",\"s\"]");
        expected.put(".a | to_entries", "[{\"key\":\"b\",\"value\":1}]");
        expected.put(".a | with_entries(.value += 1)", "{\"b\":2}");
        expected.put("getpath([\"a\",\"b\"])", "1");
        expected.put("setpath([\"a\",\"b\"]; 5) | .a.b", "5");
        expected.put("[limit(3; range(10))]", "[0,1,2]");
        expected.put("first(range(5; 10))", "5");
        expected.put(".c | unique", "[1,2,3]");
        expected.put(".c | sort_by(-.)", "[3,2,1,1]");
        expected.put(".c | group_by(.) | map(length)", "[2,1,1]");
        expected.put(".s | test(\"^H\")", "true");
        expected.put(".s | ascii_downcase", "\"hello\"");
        expected.put(".s | @base64", "\"SGVsbG8=\"");
        expected.put("[.c[] | select(. > 1)] | add", "5");
        expected.put(".a.b |= . + 10 | .a.b", "11");
        expected.put("[.. | numbers] | length", "5");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            assertThat(JqJson.write(JqQuery.compile(e.getKey()).applyToSingle(in))).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void malformedJsonIsReportedWithItsPosition() {
        assertThatThrownBy(() -> JqJson.parse("{\"a\": }")).isInstanceOfSatisfying(JqException.class, e -> {
            assertThat(e.kind()).isEqualTo(JqException.Kind.INVALID_JSON);
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo(7);
            assertThat(e.getMessage()).endsWith("at line 1, column 7");
        });
        for (String bad : new String[] {"", "   ", "[1] [2]", "NaN", "{\"a\":1,}", "'x'"}) {
            assertThatThrownBy(() -> JqJson.parse(bad)).as(bad).isInstanceOf(JqException.class);
        }
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThatThrownBy(() -> JqJson.parse(deep)).isInstanceOf(JqException.class);
    }

    @Test
    void numbersStayExactFromJsonToCty() {
        JsonNode in = JqJson.parse("{\"big\":123456789012345678901234567890,\"dec\":0.1,\"neg\":-2.50}");
        CtyValue v = JqJson.toCty(JqQuery.compile(".").applyToSingle(in));
        assertThat(v.getAttr("big").asBigFloat().toBigInteger().toString()).isEqualTo("123456789012345678901234567890");
        assertThat(v.getAttr("dec")).isEqualTo(CtyValue.parseNumberVal("0.1"));
        assertThat(v.getAttr("neg").asBigFloat().toBigDecimal()).isEqualByComparingTo("-2.5");
    }

    @Test
    void ctyValuesConvertBothWaysLikeJsonencodeAndJsondecode() {
        CtyValue obj = CtyValue.objectVal(Map.of("name", CtyValue.stringVal("x"), "tags",
                CtyValue.listVal(List.of(CtyValue.stringVal("a"), CtyValue.stringVal("b"))), "n", CtyValue.numberIntVal(3)));
        JsonNode tree = JqJson.fromCty(obj);
        assertThat(JqJson.write(tree)).isEqualTo("{\"n\":3,\"name\":\"x\",\"tags\":[\"a\",\"b\"]}");
        CtyValue back = JqJson.toCty(tree);
        assertThat(back.type().attributeType("tags")).isEqualTo(CtyType.tuple(List.of(CtyType.STRING, CtyType.STRING)));
        assertThat(back.getAttr("name")).isEqualTo(CtyValue.stringVal("x"));
        assertThatThrownBy(() -> JqJson.fromCty(CtyValue.unknownVal(CtyType.STRING))).isInstanceOf(JqException.class);
        assertThatThrownBy(() -> JqJson.toCty(JqQuery.compile("infinite").applyToSingle(JqJson.parse("null"))))
                .isInstanceOfSatisfying(JqException.class, e -> assertThat(e.getMessage()).contains("non-finite"));
    }

    @Test
    void aCompiledQueryIsSharedSafelyAcrossThreads() throws InterruptedException {
        JqQuery q = JqQuery.compile("[.[] | . * 2] | add");
        Thread[] threads = new Thread[4];
        String[] results = new String[threads.length];
        for (int i = 0; i < threads.length; i++) {
            int k = i;
            threads[i] = new Thread(() -> {
                String r = null;
                for (int j = 0; j < 200; j++) {
                    r = JqJson.write(q.applyToSingle(JqJson.parse("[" + k + "," + j + "]")));
                }
                results[k] = r;
            });
            threads[i].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (int i = 0; i < threads.length; i++) {
            assertThat(results[i]).isEqualTo(String.valueOf(2 * i + 2 * 199));
        }
    }
}
