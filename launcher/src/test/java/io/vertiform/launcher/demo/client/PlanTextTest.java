package io.vertiform.launcher.demo.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanTextTest {

    static CtyValue object(String content, CtyValue hash) {
        Map<String, CtyValue> m = new LinkedHashMap<>();
        m.put("content", CtyValue.stringVal(content));
        m.put("content_hash", hash);
        m.put("token", CtyValue.stringVal("secret"));
        return CtyValue.objectVal(m);
    }

    @Test
    void createShowsUnknownsAndHidesSensitiveAttributes() {
        CtyValue planned = object("a\"b\n", CtyValue.unknownVal(CtyType.STRING));
        List<String> lines = PlanText.render("t_file", "x", ChangeAction.CREATE, CtyValue.nullVal(planned.type()),
                planned, Set.of("token"));

        assertThat(lines).containsExactly(
                "  # t_file.x will be created",
                "  + resource \"t_file\" \"x\" {",
                "      + content      = \"a\\\"b\\n\"",
                "      + content_hash = (known after apply)",
                "      + token        = (sensitive value)",
                "    }");
    }

    @Test
    void updateShowsChangedAttributesAndCountsTheRest() {
        CtyValue prior = object("a", CtyValue.stringVal("h1"));
        CtyValue planned = object("b", CtyValue.unknownVal(CtyType.STRING));
        List<String> lines = PlanText.render("t_file", "x", ChangeAction.UPDATE, prior, planned, Set.of("token"));

        assertThat(lines).containsExactly(
                "  # t_file.x will be updated in-place",
                "  ~ resource \"t_file\" \"x\" {",
                "      ~ content      = \"a\" -> \"b\"",
                "      ~ content_hash = \"h1\" -> (known after apply)",
                "        # (1 unchanged attribute hidden)",
                "    }");
    }

    @Test
    void valuesPrintInTerraformsNotation() {
        assertThat(ValueText.of(CtyValue.parseNumberVal("1.50"))).isEqualTo("1.5");
        assertThat(ValueText.of(CtyValue.listVal(List.of(CtyValue.TRUE, CtyValue.FALSE)))).isEqualTo("[true, false]");
        assertThat(ValueText.of(CtyValue.objectVal(Map.of("a", CtyValue.nullVal(CtyType.STRING)))))
                .isEqualTo("{ a = null }");
        assertThat(ValueText.of(CtyValue.stringVal("x").mark("sensitive"))).isEqualTo(ValueText.SENSITIVE);
        assertThat(ValueText.of(CtyValue.stringVal("\u0001"))).isEqualTo("\"\\u0001\"");
    }
}
