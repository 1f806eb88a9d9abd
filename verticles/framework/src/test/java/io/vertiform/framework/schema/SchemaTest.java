package io.vertiform.framework.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.contracts.provider.StringKind;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.rules.SchemaTypes;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaTest {

    @Test
    void impliedTypesFollowTerraform() {
        ComponentSchema s = ComponentSchema.builder()
                .attribute(Attributes.string("a").required())
                .attribute(Attributes.list("l", CtyType.NUMBER).optional())
                .attribute(Attributes.listNested("n").optional().attribute(Attributes.bool("b").optional()))
                .block(Blocks.single("single").attribute(Attributes.string("x").optional()))
                .block(Blocks.group("grp").attribute(Attributes.string("x").optional()))
                .block(Blocks.list("lst").attribute(Attributes.string("x").optional()))
                .block(Blocks.list("dyn").attribute(Attributes.dynamic("d").optional()))
                .block(Blocks.map("mp").attribute(Attributes.dynamic("d").optional()))
                .block(Blocks.set("st").attribute(Attributes.number("n").optional()))
                .build();
        CtyType x = CtyType.object(Map.of("x", CtyType.STRING));
        assertThat(s.impliedType()).isEqualTo(CtyType.object(Map.of(
                "a", CtyType.STRING, "l", CtyType.list(CtyType.NUMBER),
                "n", CtyType.list(CtyType.object(Map.of("b", CtyType.BOOL))),
                "single", x, "grp", x, "lst", CtyType.list(x),
                "dyn", CtyType.DYNAMIC, "mp", CtyType.DYNAMIC,
                "st", CtyType.set(CtyType.object(Map.of("n", CtyType.NUMBER))))));
        assertThat(SchemaTypes.of(ContractSchemas.of(s))).as("the contract schema implies the same type")
                .isEqualTo(s.impliedType());
    }

    @Test
    void contractSchemaCarriesFlagsAndDocumentation() {
        ComponentSchema s = ComponentSchema.builder().version(3).markdownDescription("**doc**")
                .attribute(Attributes.string("secret").optional().sensitive().writeOnly().description("pw"))
                .attribute(Attributes.int64("n").optional().defaultValue(5).deprecated("gone soon"))
                .block(Blocks.list("b").minItems(1).maxItems(3).attribute(Attributes.string("x").required()))
                .build();
        Schema c = ContractSchemas.of(s);
        assertThat(c.version()).isEqualTo(3);
        assertThat(c.block().descriptionKind()).isEqualTo(StringKind.MARKDOWN);
        Schema.Attribute secret = c.block().attributes().get(0);
        assertThat(secret.sensitive() && secret.writeOnly() && secret.optional()).isTrue();
        Schema.Attribute n = c.block().attributes().get(1);
        assertThat(n.optional() && n.computed()).as("a default makes the attribute optional+computed").isTrue();
        assertThat(n.deprecated()).isTrue();
        assertThat(c.block().blockTypes().get(0).minItems()).isEqualTo(1);
        assertThat(c.block().blockTypes().get(0).maxItems()).isEqualTo(3);
        assertThat(s.root().attribute("n").orElseThrow().defaultValue()).isEqualTo(CtyValue.numberIntVal(5));
    }

    @Test
    void definitionRulesAreEnforced() {
        assertThatThrownBy(() -> Attributes.string("a").required().computed().build())
                .hasMessageContaining("both required and computed");
        assertThatThrownBy(() -> Attributes.string("a").required().optional().build())
                .hasMessageContaining("both required and optional");
        assertThatThrownBy(() -> Attributes.string("a").computed().requiresReplace().build())
                .hasMessageContaining("computed-only");
        assertThatThrownBy(() -> Attributes.string("a").optional().writeOnly().requiresReplace().build())
                .hasMessageContaining("write-only");
        assertThatThrownBy(() -> Attributes.string("a").required().defaultValue("x").build())
                .hasMessageContaining("required attribute cannot have a default");
        assertThatThrownBy(() -> Attributes.string("a").optional().writeOnly().computed().build())
                .hasMessageContaining("cannot be computed");
        assertThatThrownBy(() -> Attributes.number("a").optional().defaultValue("abc").build())
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> Attributes.string("Bad-Name").build()).hasMessageContaining("lowercase");
        assertThatThrownBy(() -> Blocks.single("s").minItems(0).maxItems(2).build()).hasMessageContaining("SINGLE");
        assertThatThrownBy(() -> Blocks.list("l").minItems(3).maxItems(2).build()).hasMessageContaining("exceeds");
        assertThatThrownBy(() -> Blocks.set("s").attribute(Attributes.dynamic("d").optional()).build())
                .hasMessageContaining("dynamically typed");
        assertThatThrownBy(() -> ComponentSchema.builder().attribute(Attributes.string("x").optional())
                .block(Blocks.list("x")).build()).hasMessageContaining("both as an attribute and as a block");
        assertThatThrownBy(() -> Attributes.singleNested("n").build()).hasMessageContaining("declares no attributes");
        assertThat(Attributes.string("plain").build().optional()).as("no flag means optional").isTrue();
    }
}
