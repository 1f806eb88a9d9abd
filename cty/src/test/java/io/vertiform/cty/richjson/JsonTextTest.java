package io.vertiform.cty.richjson;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTextTest {

    @Test
    void escapesOnlyQuoteBackslashAndControls() {
        assertThat(JsonText.quote("a\"b\\c\n\r\t\b\f\u0000\u001f\u007f<>&\u2028\u00e9\uD83D\uDE00"))
                .isEqualTo("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001f\u007f<>&\u2028\u00e9\uD83D\uDE00\"");
    }

    @Test
    void replacesLoneSurrogatesLikeGoReplacesInvalidUtf8() {
        assertThat(JsonText.quote("a\uD800b\uDC00")).isEqualTo("\"a\uFFFDb\uFFFD\"");
    }

    @Test
    void treeKeepsNumberTextAndLastDuplicateKey() {
        Object tree = JsonTree.parse("{\"n\":1.50e+1,\"k\":1,\"k\":[true,null,\"s\"]}");
        assertThat(tree).isEqualTo(Map.of("n", new JsonNumber("1.50e+1"), "k", java.util.Arrays.asList(true, null, "s")));
        assertThat(JsonTree.write(tree)).isEqualTo("{\"n\":1.50e+1,\"k\":[true,null,\"s\"]}");
        assertThat(JsonTree.write(List.of())).isEqualTo("[]");
    }

    @Test
    void acceptsVeryLongNumbers() {
        String digits = "9".repeat(5000);
        assertThat(JsonTree.parse(digits)).isEqualTo(new JsonNumber(digits));
    }

    @Test
    void rejectsTrailingDataAndNonStandardJson() {
        assertThatThrownBy(() -> JsonTree.parse("{} {}")).hasMessageStartingWith("invalid JSON");
        assertThatThrownBy(() -> JsonTree.parse("NaN")).hasMessageStartingWith("invalid JSON");
        assertThatThrownBy(() -> JsonTree.parse("01")).hasMessageStartingWith("invalid JSON");
        assertThatThrownBy(() -> JsonTree.parse("")).hasMessageStartingWith("invalid JSON");
    }
}
