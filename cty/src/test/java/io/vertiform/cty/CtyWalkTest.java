package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.numberIntVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CtyWalkTest {
    private static final CtyValue VALUE = CtyValue.objectVal(Map.of(
            "z", listVal(List.of(stringVal("l0"), stringVal("l1"))),
            "a", CtyValue.mapVal(Map.of("k2", CtyValue.TRUE, "k1", CtyValue.FALSE)),
            "m", CtyValue.setVal(List.of(numberIntVal(5), numberIntVal(2))),
            "t", CtyValue.tupleVal(List.of(CtyValue.nullVal(CtyType.STRING), CtyValue.unknownVal(CtyType.NUMBER)))));

    @Test
    void walkVisitsPreOrderLikeGoCty() {
        List<String> seen = new ArrayList<>();
        CtyWalk.walk(VALUE, (p, v) -> seen.add(p + " " + (v.canIterateElements() ? "*" : v.goString())));
        // Same paths, in the same order, as go-cty 1.12.1's cty.Walk.
        assertThat(seen).containsExactly(" *", ".a *", ".a[\"k1\"] cty.False", ".a[\"k2\"] cty.True", ".m *",
                ".m[2] cty.NumberIntVal(2)", ".m[5] cty.NumberIntVal(5)", ".t *", ".t[0] cty.NullVal(cty.String)",
                ".t[1] cty.UnknownVal(cty.Number)", ".z *", ".z[0] cty.StringVal(\"l0\")",
                ".z[1] cty.StringVal(\"l1\")");
    }

    @Test
    void walkCanSkipChildrenAndSeesMarkedContainers() {
        List<CtyPath> seen = new ArrayList<>();
        CtyWalk.walk(VALUE.mark("m"), (p, v) -> {
            seen.add(p);
            return !p.equals(CtyPath.root().getAttr("a"));
        });
        assertThat(seen).hasSize(11).doesNotContain(CtyPath.root().getAttr("a").index("k1"));
        assertThatThrownBy(() -> CtyWalk.walk(VALUE, (p, v) -> {
            throw new IllegalStateException("stop");
        })).hasMessage("stop");
    }

    @Test
    void transformRebuildsBottomUp() {
        CtyValue upper = CtyWalk.transform(VALUE, (p, v) ->
                v.type().equals(CtyType.STRING) && v.isKnown() && !v.isNull()
                        ? stringVal(v.asString().toUpperCase()) : v);
        assertThat(upper.getAttr("z")).isEqualTo(listVal(List.of(stringVal("L0"), stringVal("L1"))));
        assertThat(upper.getAttr("a")).isEqualTo(VALUE.getAttr("a"));
        List<String> order = new ArrayList<>();
        CtyWalk.transform(VALUE, (p, v) -> {
            order.add(p.toString());
            return v;
        });
        assertThat(order).startsWith(".a[\"k1\"]", ".a[\"k2\"]", ".a").endsWith(".z", "");
        CtyValue doubled = CtyWalk.transform(VALUE.getAttr("m"), (p, v) ->
                p.isEmpty() ? v : numberIntVal(v.asBigFloat().toLong() * 10));
        assertThat(doubled).isEqualTo(CtyValue.setVal(List.of(numberIntVal(20), numberIntVal(50))));
    }

    @Test
    void transformKeepsContainerMarksAndPassesObjectMarksToAttributes() {
        CtyValue marked = CtyValue.objectVal(Map.of("a", stringVal("x"))).mark("o");
        CtyValue same = CtyWalk.transform(marked, (p, v) -> v);
        assertThat(same.marks()).containsExactly("o");
        assertThat(same.unmark().getAttr("a").marks()).containsExactly("o");
    }

    @Test
    void transformerEnterAndExit() {
        List<String> events = new ArrayList<>();
        CtyWalk.transform(listVal(List.of(stringVal("a"))), new CtyWalk.Transformer() {
            @Override
            public CtyValue enter(CtyPath path, CtyValue value) {
                events.add("enter" + path);
                return value;
            }

            @Override
            public CtyValue exit(CtyPath path, CtyValue value) {
                events.add("exit" + path);
                return value;
            }
        });
        assertThat(events).containsExactly("enter", "enter[0]", "exit[0]", "exit");
    }
}
