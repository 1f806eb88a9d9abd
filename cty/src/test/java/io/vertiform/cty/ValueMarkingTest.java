package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueMarkingTest {

    private static CtyValue sample() {
        return CtyValue.objectVal(Map.of(
                "l", listVal(List.of(stringVal("a").mark("x"), stringVal("b"))).mark("list"),
                "m", CtyValue.mapVal(Map.of("k", CtyValue.TRUE.mark("y"))))).mark("root");
    }

    @Test
    void unmarkDeepWithPathsReportsPreOrderPathsLikeGoCty() {
        UnmarkedWithPaths u = sample().unmarkDeepWithPaths();
        assertThat(u.value().containsMarked()).isFalse();
        assertThat(u.value().goString()).isEqualTo("cty.ObjectVal(map[string]cty.Value{\"l\":cty.ListVal("
                + "[]cty.Value{cty.StringVal(\"a\"), cty.StringVal(\"b\")}), \"m\":cty.MapVal("
                + "map[string]cty.Value{\"k\":cty.True})})");
        assertThat(u.pathMarks()).containsExactly(
                new PathValueMarks(CtyPath.root(), Set.of("root")),
                new PathValueMarks(CtyPath.root().getAttr("l"), Set.of("list")),
                new PathValueMarks(CtyPath.root().getAttr("l").index(0), Set.of("x")),
                new PathValueMarks(CtyPath.root().getAttr("m").index("k"), Set.of("y")));
    }

    @Test
    void markWithPathsRestoresTheOriginal() {
        CtyValue original = sample();
        UnmarkedWithPaths u = original.unmarkDeepWithPaths();
        assertThat(u.value().markWithPaths(u.pathMarks())).isEqualTo(original);
        assertThat(u.value().markWithPaths(List.of())).isSameAs(u.value());
    }

    @Test
    void markWithPathsAppliesTheFirstMatchingEntry() {
        CtyValue v = CtyValue.objectVal(Map.of("a", stringVal("x")));
        CtyValue marked = v.markWithPaths(List.of(
                new PathValueMarks(CtyPath.root().getAttr("a"), Set.of(Marks.SENSITIVE)),
                new PathValueMarks(CtyPath.root().getAttr("a"), Set.of("ignored")),
                new PathValueMarks(CtyPath.root().getAttr("missing"), Set.of("nowhere"))));
        assertThat(marked.getAttr("a").marks()).containsExactly(Marks.SENSITIVE);
        assertThat(marked.deepMarks()).containsExactly(Marks.SENSITIVE);
    }

    @Test
    void unmarkedValuesAreReturnedAsIs() {
        CtyValue v = listVal(List.of(stringVal("a")));
        assertThat(v.unmarkDeepWithPaths().value()).isSameAs(v);
        assertThat(v.unmarkDeepWithPaths().pathMarks()).isEmpty();
        assertThat(v.unmarkDeep()).isSameAs(v);
        assertThat(v.deepMarks()).isEmpty();
    }

    @Test
    void setsOnlyCarryMarksOnTheSetItself() {
        CtyValue s = CtyValue.setVal(List.of(stringVal("a").mark("e")));
        UnmarkedWithPaths u = CtyValue.tupleVal(List.of(s)).unmarkDeepWithPaths();
        assertThat(u.pathMarks()).containsExactly(new PathValueMarks(CtyPath.root().index(0), Set.of("e")));
    }
}
