package io.vertiform.framework.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.provider.RawState;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.Blocks;
import io.vertiform.framework.schema.ComponentSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawStatesTest {

    static final ComponentSchema S = ComponentSchema.builder()
            .attribute(Attributes.string("id").computed())
            .attribute(Attributes.number("n").optional())
            .attribute(Attributes.bool("b").optional())
            .attribute(Attributes.list("l", CtyType.STRING).optional())
            .attribute(Attributes.set("s", CtyType.NUMBER).optional())
            .attribute(Attributes.map("m", CtyType.STRING).optional())
            .block(Blocks.single("one").attribute(Attributes.string("x").optional()))
            .block(Blocks.set("rule").attribute(Attributes.number("port").optional()))
            .build();

    @Test
    void flatmapFromTheLegacySdk() {
        Map<String, String> flat = Map.ofEntries(Map.entry("id", "i-1"), Map.entry("n", "1.5"), Map.entry("b", "true"),
                Map.entry("l.#", "2"), Map.entry("l.0", "a"), Map.entry("l.1", "b"),
                Map.entry("s.#", "2"), Map.entry("s.1234", "7"), Map.entry("s.5678", "8"),
                Map.entry("m.%", "1"), Map.entry("m.k", "v"),
                Map.entry("one.#", "1"), Map.entry("one.0.x", "inside"),
                Map.entry("rule.#", "1"), Map.entry("rule.99.port", "80"));
        CtyValue v = RawStates.decode(new RawState(null, flat), S.root());
        assertThat(v.getAttr("id").asString()).isEqualTo("i-1");
        assertThat(v.getAttr("n")).isEqualTo(CtyValue.parseNumberVal("1.5"));
        assertThat(v.getAttr("b")).isEqualTo(CtyValue.TRUE);
        assertThat(v.getAttr("l").elements()).containsExactly(CtyValue.stringVal("a"), CtyValue.stringVal("b"));
        assertThat(v.getAttr("s").lengthInt()).isEqualTo(2);
        assertThat(v.getAttr("m").index("k").asString()).isEqualTo("v");
        assertThat(v.getAttr("one").getAttr("x").asString()).isEqualTo("inside");
        assertThat(v.getAttr("rule").elements()).singleElement()
                .satisfies(r -> assertThat(r.getAttr("port")).isEqualTo(CtyValue.numberIntVal(80)));
    }

    @Test
    void flatmapAbsencesAndUnknowns() {
        CtyValue v = RawStates.decode(new RawState(null, Map.of("id", Flatmap.UNKNOWN, "l.#", "0")), S.root());
        assertThat(v.getAttr("id").isKnown()).isFalse();
        assertThat(v.getAttr("l")).isEqualTo(CtyValue.listValEmpty(CtyType.STRING));
        assertThat(v.getAttr("m").isNull()).isTrue();
        assertThat(v.getAttr("one").isNull()).isTrue();
        assertThat(v.getAttr("rule")).isEqualTo(CtyValue.setValEmpty(S.root().block("rule").orElseThrow().body()
                .impliedType()));
    }

    @Test
    void jsonDropsAttributesTheSchemaNoLongerHasAtAnyDepth() {
        CtyValue v = RawStates.decodeJson(("{\"id\":\"x\",\"old\":1,\"rule\":[{\"port\":1e3,\"gone\":\"y\"}],"
                + "\"n\":123456789012345678901234567890.5}").getBytes(), S.impliedType());
        assertThat(v.getAttr("rule").elements()).singleElement()
                .satisfies(r -> assertThat(r.getAttr("port")).isEqualTo(CtyValue.numberIntVal(1000)));
        assertThat(v.getAttr("n").asBigFloat().text()).isEqualTo("123456789012345678901234567890.5");
        assertThat(v.getAttr("l").isNull()).isTrue();
        assertThat(List.of(v.getAttr("b").isNull())).containsExactly(true);
    }
}
