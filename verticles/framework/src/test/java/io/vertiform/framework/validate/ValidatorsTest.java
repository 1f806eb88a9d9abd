package io.vertiform.framework.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.diag.Diagnostics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ValidatorsTest {

    /** Runs {@code v} on attribute {@code name} of a config object made of {@code attrs}. */
    private static List<Diagnostic> run(Validator v, String name, Map<String, CtyValue> attrs) {
        CtyValue config = CtyValue.objectVal(attrs);
        Diagnostics d = new Diagnostics();
        v.validate(new ValidatorRequest(CtyPath.root().getAttr(name), config.getAttr(name), config, config, d));
        return d.toList();
    }

    private static Map<String, CtyValue> attrs(Object... kv) {
        Map<String, CtyValue> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object v = kv[i + 1];
            m.put((String) kv[i], v instanceof CtyValue c ? c : v == null ? CtyValue.nullVal(CtyType.STRING)
                    : CtyValue.stringVal((String) v));
        }
        return m;
    }

    private static String detail(List<Diagnostic> d) {
        assertThat(d).hasSize(1);
        return d.get(0).detail();
    }

    @Test
    void lengthCountsCharactersAndElements() {
        assertThat(run(Validators.lengthAtMost(3), "s", attrs("s", "héé"))).isEmpty();
        assertThat(detail(run(Validators.lengthAtLeast(2), "s", attrs("s", "x"))))
                .isEqualTo("Attribute s string length must be at least 2, got: 1");
        CtyValue list = CtyValue.listVal(List.of(CtyValue.stringVal("a"), CtyValue.stringVal("b")));
        assertThat(detail(run(Validators.lengthBetween(3, 4), "l", attrs("l", list))))
                .isEqualTo("Attribute l list length must be between 3 and 4, got: 2");
        assertThat(run(Validators.lengthAtLeast(1), "s", attrs("s", null))).as("null is not validated").isEmpty();
        assertThat(run(Validators.lengthAtLeast(1), "s", attrs("s", CtyValue.unknownVal(CtyType.STRING)))).isEmpty();
    }

    @Test
    void regexOneOfNoneOfAndRanges() {
        assertThat(detail(run(Validators.regex(Pattern.compile("^[a-z]+$"), "must be lowercase letters"), "s",
                attrs("s", "Ab")))).isEqualTo("Attribute s must be lowercase letters, got: Ab");
        assertThat(run(Validators.regex("^[a-z]+$"), "s", attrs("s", "ab"))).isEmpty();
        assertThat(detail(run(Validators.noneOf("root"), "s", attrs("s", "root"))))
                .isEqualTo("Attribute s value must be none of: [\"root\"], got: \"root\"");
        assertThat(run(Validators.oneOf(1, 2), "n", attrs("n", CtyValue.numberIntVal(2)))).isEmpty();
        assertThat(detail(run(Validators.atMost(10), "n", attrs("n", CtyValue.parseNumberVal("10.5")))))
                .isEqualTo("Attribute n value must be at most 10, got: 10.5");
        assertThat(detail(run(Validators.numberKind(io.vertiform.framework.schema.NumberKind.INT64), "n",
                attrs("n", CtyValue.parseNumberVal("9223372036854775808"))))).contains("whole number between");
    }

    @Test
    void combinationsLookAtSiblings() {
        assertThat(detail(run(Validators.exactlyOneOf("b", "c"), "a", attrs("a", null, "b", null, "c", null))))
                .isEqualTo("Exactly one of these attributes must be configured: [a,b,c]");
        assertThat(run(Validators.exactlyOneOf("b"), "a", attrs("a", null, "b", "x"))).isEmpty();
        assertThat(run(Validators.exactlyOneOf("b"), "a", attrs("a", "y", "b", "x"))).hasSize(1);
        assertThat(run(Validators.exactlyOneOf("b"), "a", attrs("a", null, "b", CtyValue.unknownVal(CtyType.STRING))))
                .as("unknown siblings postpone the decision").isEmpty();
        assertThat(detail(run(Validators.atLeastOneOf("b"), "a", attrs("a", null, "b", null))))
                .isEqualTo("At least one attribute out of [a,b] must be specified");
        assertThat(detail(run(Validators.requiredWith("b"), "a", attrs("a", "x", "b", null))))
                .isEqualTo("Attribute \"b\" must be specified when \"a\" is specified");
        assertThat(run(Validators.requiredWith("b"), "a", attrs("a", null, "b", null))).isEmpty();
    }

    @Test
    void configValidatorsSpanTheWholeConfiguration() {
        CtyValue config = CtyValue.objectVal(attrs("a", "x", "b", "y", "c", null));
        Diagnostics d = new Diagnostics();
        ConfigValidators.conflicting("a", "b").validate(config, d);
        ConfigValidators.requiredTogether("a", "c").validate(config, d);
        ConfigValidators.atLeastOneOf("c").validate(config, d);
        ConfigValidators.exactlyOneOf("a", "c").validate(config, d);
        assertThat(d.toList()).extracting(Diagnostic::detail).containsExactly(
                "These attributes cannot be configured together: [a,b]",
                "These attributes must be configured together: [a,c]",
                "At least one of these attributes must be configured: [c]");
        assertThat(d.toList().get(0).attribute().toString()).isEqualTo("a");
    }
}
