package io.vertiform.framework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.Blocks;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.schema.ContractSchemas;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Terraform core's plan and apply rules (pitfalls 9–11 of NOTES-protocol.md). */
class RulesTest {

    static final ComponentSchema S = ComponentSchema.builder()
            .attribute(Attributes.string("id").computed())
            .attribute(Attributes.string("name").required())
            .attribute(Attributes.string("opt").optional())
            .attribute(Attributes.string("oc").optional().computed())
            .attribute(Attributes.string("secret").optional().sensitive())
            .attribute(Attributes.string("wo").optional().writeOnly())
            .block(Blocks.list("item").attribute(Attributes.string("v").optional())
                    .attribute(Attributes.string("cid").computed()))
            .block(Blocks.set("tag").attribute(Attributes.string("k").required())
                    .attribute(Attributes.string("cid").computed()))
            .build();
    static final Schema.Block B = ContractSchemas.of(S).block();
    static final CtyType T = S.impliedType();
    static final CtyType ITEM = T.attributeType("item").elementType();
    static final CtyType TAG = T.attributeType("tag").elementType();

    static CtyValue obj(Map<String, CtyValue> given) {
        Map<String, CtyValue> m = new java.util.LinkedHashMap<>();
        T.attributeTypes().forEach((k, t) -> m.put(k, given.getOrDefault(k, t.isListType() ? CtyValue.listValEmpty(
                t.elementType()) : t.isSetType() ? CtyValue.setValEmpty(t.elementType()) : CtyValue.nullVal(t))));
        return CtyValue.objectVal(m);
    }

    static CtyValue s(String v) {
        return CtyValue.stringVal(v);
    }

    static CtyValue u() {
        return CtyValue.unknownVal(CtyType.STRING);
    }

    static CtyValue item(CtyValue v, CtyValue cid) {
        return CtyValue.objectVal(Map.of("v", v, "cid", cid));
    }

    static CtyValue tag(String k, CtyValue cid) {
        return CtyValue.objectVal(Map.of("k", s(k), "cid", cid));
    }

    static List<String> planErrors(CtyValue prior, CtyValue config, CtyValue planned) {
        return PlanValidity.check(B, prior, config, planned).stream().map(PathError::getMessage).toList();
    }

    @Test
    void validPlansPass() {
        CtyValue config = obj(Map.of("name", s("a"), "item", CtyValue.listVal(List.of(item(s("x"),
                CtyValue.nullVal(CtyType.STRING))))));
        CtyValue planned = obj(Map.of("name", s("a"), "id", u(), "oc", u(), "item", CtyValue.listVal(List.of(item(s("x"),
                u())))));
        assertThat(planErrors(CtyValue.nullVal(T), config, planned)).isEmpty();
    }

    @Test
    void invalidPlansAreNamedLikeTerraformDoes() {
        CtyValue config = obj(Map.of("name", s("a"), "item", CtyValue.listVal(List.of(item(s("x"),
                CtyValue.nullVal(CtyType.STRING))))));
        assertThat(planErrors(CtyValue.nullVal(T), config, obj(Map.of("name", s("b"), "item", config.getAttr("item")))))
                .containsExactly(".name: planned value cty.StringVal(\"b\") does not match config value cty.StringVal(\"a\")");
        assertThat(planErrors(CtyValue.nullVal(T), config, obj(Map.of("name", s("a"), "opt", s("x"),
                "item", config.getAttr("item")))))
                .containsExactly(".opt: planned value cty.StringVal(\"x\") for a non-computed attribute");
        assertThat(planErrors(CtyValue.nullVal(T), config, obj(Map.of("name", s("a"), "secret", s("x"),
                "item", config.getAttr("item"))))).containsExactly(".secret: planned value for a non-computed attribute");
        assertThat(planErrors(CtyValue.nullVal(T), config, obj(Map.of("name", s("a"), "wo", s("x"),
                "item", config.getAttr("item"))))).containsExactly(".wo: planned value for write-only attribute is not null");
        assertThat(planErrors(CtyValue.nullVal(T), config, obj(Map.of("name", s("a")))))
                .containsExactly(".item: block count in plan (0) disagrees with count in config (1)");
        assertThat(planErrors(CtyValue.nullVal(T), config, obj(Map.of("name", s("a"),
                "item", CtyValue.listVal(List.of(CtyValue.unknownVal(ITEM)))))))
                .containsExactly(".item[0]: element representing nested block must not be unknown itself; set nested "
                        + "attribute values to unknown instead");
        assertThat(planErrors(CtyValue.nullVal(T), config, obj(Map.of("name", s("a"),
                "item", CtyValue.nullVal(T.attributeType("item"))))))
                .containsExactly(".item: attribute representing a list of nested blocks must be empty to indicate no "
                        + "blocks, not null");
    }

    @Test
    void priorValuesMayStandInForEquivalentConfig() {
        CtyValue prior = obj(Map.of("name", s("a"), "opt", s("x")));
        CtyValue config = obj(Map.of("name", s("a"), "opt", s("X")));
        assertThat(planErrors(prior, config, prior)).isEmpty();
    }

    static List<String> compat(CtyValue planned, CtyValue actual) {
        return ObjectCompatibility.check(B, planned, actual).stream().map(PathError::getMessage).toList();
    }

    @Test
    void applyResultsMustKeepKnownPlannedValues() {
        CtyValue planned = obj(Map.of("name", s("a"), "id", u(), "tag", CtyValue.setVal(List.of(tag("k1", u()),
                tag("k2", u())))));
        CtyValue good = obj(Map.of("name", s("a"), "id", s("i"), "tag", CtyValue.setVal(List.of(tag("k1", s("c1")),
                tag("k2", s("c2"))))));
        assertThat(compat(planned, good)).isEmpty();
        assertThat(compat(planned, obj(Map.of("name", s("A"), "id", s("i"), "tag", good.getAttr("tag")))))
                .containsExactly(".name: was cty.StringVal(\"a\"), but now cty.StringVal(\"A\")");
        assertThat(compat(planned, obj(Map.of("name", s("a"), "id", s("i"), "secret", s("s"), "tag", good.getAttr("tag")))))
                .containsExactly(".secret: inconsistent values for sensitive attribute");
        CtyValue renamed = obj(Map.of("name", s("a"), "id", s("i"), "tag", CtyValue.setVal(List.of(tag("k1", s("c1")),
                tag("K2", s("c2"))))));
        assertThat(compat(planned, renamed)).singleElement().asString()
                .contains("planned set element").contains("does not correlate with any element in actual");
        CtyValue grown = obj(Map.of("name", s("a"), "id", s("i"), "tag", CtyValue.setVal(List.of(tag("k1", s("c1")),
                tag("k2", s("c2")), tag("k1", s("c3"))))));
        assertThat(compat(planned, grown)).contains(".tag: block set length changed from 2 to 3");
        assertThat(compat(planned, CtyValue.nullVal(T))).containsExactly("Root object was present, but now absent");
    }

    @Test
    void refinedPlaceholdersBindTheFinalValue() {
        CtyValue planned = obj(Map.of("name", s("a"), "id", u().refine().stringPrefix("i-").newValue()));
        assertThat(compat(planned, obj(Map.of("name", s("a"), "id", s("i-1"))))).isEmpty();
        assertThat(compat(planned, obj(Map.of("name", s("a"), "id", s("x-1"))))).singleElement().asString()
                .contains("does not conform to planning placeholder");
    }

    @Test
    void proposedNewTakesConfigAndPriorComputedValues() {
        CtyValue prior = obj(Map.of("name", s("a"), "id", s("i"), "oc", s("computed"),
                "item", CtyValue.listVal(List.of(item(s("x"), s("c0")))),
                "tag", CtyValue.setVal(List.of(tag("k1", s("t1")), tag("k2", s("t2"))))));
        CtyValue config = obj(Map.of("name", s("b"),
                "item", CtyValue.listVal(List.of(item(s("y"), CtyValue.nullVal(CtyType.STRING)),
                        item(s("z"), CtyValue.nullVal(CtyType.STRING)))),
                "tag", CtyValue.setVal(List.of(tag("k2", CtyValue.nullVal(CtyType.STRING)),
                        tag("k3", CtyValue.nullVal(CtyType.STRING))))));
        CtyValue p = ProposedNew.of(B, prior, config);
        assertThat(p.getAttr("name")).isEqualTo(s("b"));
        assertThat(p.getAttr("id")).isEqualTo(s("i"));
        assertThat(p.getAttr("oc")).isEqualTo(s("computed"));
        assertThat(p.getAttr("item").elements()).containsExactly(item(s("y"), s("c0")),
                item(s("z"), CtyValue.nullVal(CtyType.STRING)));
        assertThat(p.getAttr("tag").elements()).containsExactlyInAnyOrder(tag("k2", s("t2")),
                tag("k3", CtyValue.nullVal(CtyType.STRING)));
        assertThat(ProposedNew.of(B, CtyValue.nullVal(T), CtyValue.nullVal(T)).isNull()).isTrue();
    }

    @Test
    void resultChecksFindUnknownsAndWriteOnlyValues() {
        CtyValue v = obj(Map.of("name", s("a"), "id", u(), "wo", s("x")));
        assertThat(ResultChecks.unknowns(v)).extracting(PathError::getMessage).containsExactly(
                ".id: value is still unknown; every value must be known after the operation");
        assertThat(ResultChecks.writeOnlyValues(B, v)).extracting(e -> e.path().toString()).containsExactly(".wo");
    }
}
