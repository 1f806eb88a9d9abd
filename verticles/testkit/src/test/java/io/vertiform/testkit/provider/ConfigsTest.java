package io.vertiform.testkit.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.Blocks;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.schema.ContractSchemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigsTest {

    static final ComponentSchema S = ComponentSchema.builder()
            .attribute(Attributes.string("name").required())
            .attribute(Attributes.number("n").optional())
            .attribute(Attributes.listNested("items").optional()
                    .attribute(Attributes.string("k").required()).attribute(Attributes.string("v").optional()))
            .block(Blocks.single("one").attribute(Attributes.string("x").optional()))
            .block(Blocks.group("grp").attribute(Attributes.string("y").optional()))
            .block(Blocks.list("rule").maxItems(2).attribute(Attributes.number("port").required()))
            .block(Blocks.map("named").attribute(Attributes.string("z").optional()))
            .build();
    static final Schema.Block B = ContractSchemas.of(S).block();

    @Test
    void decodesLikeTerraform() {
        CtyValue v = Configs.decode(B, Map.of("name", "a", "items", List.of(Map.of("k", "x")),
                "rule", List.of(Map.of("port", 80)), "named", Map.of("first", Map.of("z", "1"))));
        assertThat(v.type()).isEqualTo(S.impliedType());
        assertThat(v.getAttr("n").isNull()).isTrue();
        assertThat(v.getAttr("one").isNull()).as("an absent single block is null").isTrue();
        assertThat(v.getAttr("grp").getAttr("y").isNull()).as("an absent group block has null attributes").isTrue();
        assertThat(v.getAttr("rule").elements()).singleElement()
                .satisfies(r -> assertThat(r.getAttr("port")).isEqualTo(CtyValue.numberIntVal(80)));
        assertThat(v.getAttr("items").elements().get(0).getAttr("v").isNull()).isTrue();
        assertThat(v.getAttr("named").index("first").getAttr("z").asString()).isEqualTo("1");
        CtyValue unknown = Configs.decode(B, Map.of("name", CtyValue.unknownVal(CtyType.STRING)));
        assertThat(unknown.getAttr("name").isKnown()).isFalse();
        assertThat(unknown.getAttr("rule").lengthInt()).isZero();
    }

    @Test
    void rejectsWhatTerraformRejects() {
        assertThatThrownBy(() -> Configs.decode(B, Map.of("name", "a", "rule",
                List.of(Map.of("port", 1), Map.of("port", 2), Map.of("port", 3)))))
                .hasMessageStartingWith("Too many rule blocks");
        assertThatThrownBy(() -> Configs.decode(B, Map.of("name", "a", "items", List.of(Map.of("v", "x")))))
                .hasMessageContaining("\"items[0].k\" is required");
        assertThatThrownBy(() -> Configs.decode(B, Map.of("name", "a", "n", "not a number")))
                .hasMessageContaining("a number is required");
    }
}
