package io.vertiform.cty.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class BatchEngineTest {
    private final BatchEngine engine = new BatchEngine();

    /** Byte vectors from terraform-plugin-go and go-cty (NOTES-protocol.md §3.3). */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "`\"string\"` | `\"hello\"` | a568656c6c6f",
        "`\"string\"` | `\"\"` | a0",
        "`\"string\"` | null | c0",
        "`\"string\"` | `{\"$unknown\":true}` | d40000",
        "`\"bool\"` | true | c3",
        "`\"number\"` | 1 | 01",
        "`\"number\"` | 1.5 | cb3ff8000000000000",
        "`\"number\"` | 0.8 | a3302e38",
        "`\"number\"` | `\"+Inf\"` | cb7ff0000000000000",
        "`\"number\"` | 1e22 | b73130303030303030303030303030303030303030303030",
        "`\"dynamic\"` | `{\"value\":true,\"type\":\"bool\"}` | 92c40622626f6f6c22c3",
        "`\"dynamic\"` | `{\"value\":[\"hello\"],\"type\":[\"list\",\"string\"]}`"
                + " | 92c4115b226c697374222c22737472696e67225d91a568656c6c6f",
        "`[\"object\",{\"greeting\":\"dynamic\"}]` | `{\"greeting\":{\"value\":\"hello\",\"type\":\"string\"}}`"
                + " | 81a86772656574696e6792c40822737472696e6722a568656c6c6f",
        "`\"dynamic\"` | `{\"value\":null,\"type\":\"string\"}` | 92c40822737472696e6722c0",
        "`[\"object\",{\"a\":\"dynamic\"}]` | `{\"a\":null}` | 81a161c0",
        "`\"dynamic\"` | `{\"$unknown\":true}` | d40000",
        "`[\"object\",{\"a\":\"string\",\"b\":\"string\"}]` | `{\"a\":{\"$unknown\":true},\"b\":{\"$unknown\":true}}`"
                + " | 82a161d40000a162d40000",
    })
    void encodesMsgpack(String type, String value, String hex) {
        String request = "{\"op\":\"msgpack-encode\",\"type\":" + type + ",\"value\":" + value + "}";
        assertThat(engine.handle(request)).isEqualTo("{\"ok\":true,\"hex\":\"" + hex + "\"}");
    }

    @Test
    void decodesMsgpackAsRichJson() {
        assertThat(engine.handle("{\"op\":\"msgpack-decode\",\"type\":[\"list\",\"dynamic\"],"
                + "\"hex\":\"9292c40822737472696e6722a161c0\"}"))
                .isEqualTo("{\"ok\":true,\"value\":[{\"value\":\"a\",\"type\":\"string\"},"
                        + "{\"value\":null,\"type\":\"string\"}]}");
        assertThat(engine.handle("{\"op\":\"msgpack-decode\",\"type\":\"number\",\"hex\":\"CB3FF199999999999A\"}"))
                .isEqualTo("{\"ok\":true,\"value\":1.1}");
    }

    @Test
    void encodesGoCtyJson() {
        assertThat(engine.handle("{\"op\":\"json-encode\",\"type\":[\"map\",\"string\"],\"value\":{\"<a>\":\"x&y\"}}"))
                .isEqualTo("{\"ok\":true,\"json\":\"{\\\"\\\\u003ca\\\\u003e\\\":\\\"x\\\\u0026y\\\"}\"}");
        assertThat(engine.handle("{\"op\":\"json-encode\",\"type\":\"dynamic\",\"value\":{\"value\":1,\"type\":\"number\"}}"))
                .isEqualTo("{\"ok\":true,\"json\":\"{\\\"value\\\":1,\\\"type\\\":\\\"number\\\"}\"}");
        assertThat(engine.handle("{\"op\":\"json-encode\",\"type\":[\"list\",\"string\"],\"value\":[\"a\",{\"$unknown\":true}]}"))
                .isEqualTo("{\"ok\":false,\"error\":\"[1]: value is not known\"}");
    }

    @Test
    void convertsWithGoCtyErrorTexts() {
        assertThat(engine.handle("{\"op\":\"convert\",\"type\":\"string\",\"value\":\"12.50\",\"to\":\"number\"}"))
                .isEqualTo("{\"ok\":true,\"value\":12.5}");
        assertThat(engine.handle("{\"op\":\"convert\",\"type\":[\"map\",\"string\"],\"value\":{\"k\":\"x\"},"
                + "\"to\":[\"map\",\"number\"]}"))
                .isEqualTo("{\"ok\":false,\"error\":\"[\\\"k\\\"]: a number is required\"}");
        assertThat(engine.handle("{\"op\":\"convert\",\"type\":\"string\",\"value\":{\"$marks\":[\"b\",\"a\"],"
                + "\"$value\":\"true\"},\"to\":\"bool\"}"))
                .isEqualTo("{\"ok\":true,\"value\":{\"$marks\":[\"a\",\"b\"],\"$value\":true}}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "   ", "garbage", "[1,2]", "null", "{\"op\":1}", "{}", "{\"op\":\"nope\"}",
        "{\"op\":\"msgpack-encode\"}",
        "{\"op\":\"msgpack-encode\",\"type\":\"string\"}",
        "{\"op\":\"msgpack-encode\",\"type\":\"strng\",\"value\":\"x\"}",
        "{\"op\":\"msgpack-encode\",\"type\":\"string\",\"value\":1}",
        "{\"op\":\"msgpack-encode\",\"type\":\"number\",\"value\":\"NaN\"}",
        "{\"op\":\"msgpack-encode\",\"type\":\"string\",\"value\":{\"$marks\":[\"s\"],\"$value\":\"x\"}}",
        "{\"op\":\"msgpack-decode\",\"type\":\"string\",\"hex\":\"zz\"}",
        "{\"op\":\"msgpack-decode\",\"type\":\"string\",\"hex\":\"a\"}",
        "{\"op\":\"msgpack-decode\",\"type\":\"string\",\"hex\":7}",
        "{\"op\":\"msgpack-decode\",\"type\":\"string\",\"hex\":\"dbffffffff\"}",
        "{\"op\":\"msgpack-decode\",\"type\":[\"list\",\"string\"],\"hex\":\"ddffffffff\"}",
        "{\"op\":\"json-encode\",\"type\":\"number\",\"value\":\"+Inf\"}",
        "{\"op\":\"convert\",\"type\":\"string\",\"value\":\"x\"}",
        "{\"op\":\"convert\",\"type\":\"string\",\"value\":\"x\",\"to\":\"number\"}",
        "{\"op\":\"msgpack-encode\",\"type\":\"string\",\"value\":\"x\"} trailing",
    })
    void answersEveryBadRequestWithAnError(String request) {
        assertThat(engine.handle(request)).startsWith("{\"ok\":false,\"error\":\"").endsWith("\"}");
    }

    @Test
    void survivesPathologicalNesting() {
        String deepJson = "[".repeat(200_000);
        assertThat(engine.handle(deepJson)).startsWith("{\"ok\":false,");
        String deepType = "[\"list\",".repeat(20_000) + "\"string\"" + "]".repeat(20_000);
        String value = "[".repeat(20_000) + "]".repeat(20_000);
        assertThat(engine.handle("{\"op\":\"msgpack-encode\",\"type\":" + deepType + ",\"value\":" + value + "}"))
                .startsWith("{\"ok\":");
    }

    @Test
    void namesTheFieldAtFault() {
        assertThat(engine.handle("{\"op\":\"msgpack-encode\",\"type\":\"strng\",\"value\":1}")).contains("\"type: ");
        assertThat(engine.handle("{\"op\":\"msgpack-encode\",\"type\":\"string\",\"value\":1}"))
                .isEqualTo("{\"ok\":false,\"error\":\"value: a string is required\"}");
        assertThat(engine.handle("{\"op\":\"convert\",\"type\":\"string\",\"value\":\"x\",\"to\":1}")).contains("\"to: ");
        assertThat(engine.handle("{\"op\":\"msgpack-decode\",\"type\":\"string\",\"hex\":\"q\"}"))
                .isEqualTo("{\"ok\":false,\"error\":\"hex: invalid hex digits\"}");
        assertThat(engine.handle("{\"op\":\"nope\"}")).isEqualTo("{\"ok\":false,\"error\":\"request: unknown op \\\"nope\\\"\"}");
    }
}
