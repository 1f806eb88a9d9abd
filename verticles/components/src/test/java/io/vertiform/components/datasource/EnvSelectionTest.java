package io.vertiform.components.datasource;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnvSelectionTest {

    private static final Map<String, String> ENV = Map.of("AWS_REGION", "eu", "AWS_KEY", "k", "MY_AWS", "m",
            "EMPTY", "", "aws_lower", "l");

    private static EnvSelection.Result select(List<String> keys, String prefix, String regex, boolean caseSensitive,
                                              Set<String> sensitive) {
        return new EnvSelection(keys, prefix, regex == null ? null : EnvSelection.compile(regex, caseSensitive), true,
                caseSensitive, null, null, sensitive).apply(ENV);
    }

    @Test
    void regexIsAnchoredAtTheStartOnlyLikePythonsReMatch() {
        assertThat(select(null, null, "AWS", true, Set.of()).selected().keySet()).containsExactly("AWS_KEY", "AWS_REGION");
        assertThat(select(null, null, "aws", false, Set.of()).selected().keySet())
                .containsExactly("AWS_KEY", "AWS_REGION", "aws_lower");
        assertThat(select(null, null, ".*AWS$", true, Set.of()).selected().keySet()).containsExactly("MY_AWS");
    }

    @Test
    void noFilterSelectsEverythingButEmptyValues() {
        assertThat(select(null, null, null, true, Set.of()).selected()).hasSize(4).doesNotContainKey("EMPTY");
    }

    @Test
    void sensitiveKeysAreSplitOffButStayInSelected() {
        EnvSelection.Result r = select(null, "AWS_", null, true, Set.of("AWS_KEY"));
        assertThat(r.plain()).isEqualTo(Map.of("AWS_REGION", "eu"));
        assertThat(r.sensitive()).isEqualTo(Map.of("AWS_KEY", "k"));
        assertThat(r.selected()).isEqualTo(Map.of("AWS_REGION", "eu", "AWS_KEY", "k"));
    }

    @Test
    void sensitiveKeysMatchTheTransformedNameToo() {
        EnvSelection.Result r = new EnvSelection(List.of("AWS_KEY"), null, null, true, true, "lower", null,
                Set.of("aws_key")).apply(ENV);
        assertThat(r.sensitive()).isEqualTo(Map.of("aws_key", "k"));
        assertThat(r.plain()).isEmpty();
    }
}
