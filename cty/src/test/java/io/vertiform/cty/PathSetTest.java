package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathSetTest {
    private static final CtyPath A = CtyPath.root().getAttr("a");

    @Test
    void iterationOrderMatchesGoCty() {
        PathSet s = PathSet.of(CtyPath.root().getAttr("b"), A.index(1), A, CtyPath.root().index("x"), A.index(0),
                CtyPath.root().getAttr("b").getAttr("c"), CtyPath.root().getAttr("zzz"), CtyPath.root(), A.index(1),
                A.index(CtyValue.unknownVal(CtyType.NUMBER)), A.index(CtyValue.unknownVal(CtyType.NUMBER)));
        // Order printed by go-cty 1.12.1 PathSet.List() for the same insertions.
        assertThat(s.list()).containsExactly(CtyPath.root(), CtyPath.root().getAttr("zzz"), A,
                CtyPath.root().getAttr("b"), CtyPath.root().getAttr("b").getAttr("c"), CtyPath.root().index("x"),
                A.index(1), A.index(0), A.index(CtyValue.unknownVal(CtyType.NUMBER)),
                A.index(CtyValue.unknownVal(CtyType.NUMBER)));
        assertThat(s.size()).isEqualTo(10);
    }

    @Test
    void membershipUsesValueEquality() {
        PathSet s = PathSet.of(A.index(1));
        assertThat(s.has(A.index(CtyValue.parseNumberVal("1.0")))).isTrue();
        assertThat(s.has(A.index(2))).isFalse();
        assertThat(s.has(A.index(CtyValue.unknownVal(CtyType.NUMBER)))).isFalse();
        s.remove(A.index(1));
        assertThat(s.isEmpty()).isTrue();
    }

    @Test
    void setAlgebra() {
        PathSet x = PathSet.of(A, A.index(0));
        PathSet y = PathSet.of(A.index(0), A.index(1));
        assertThat(x.union(y).size()).isEqualTo(3);
        assertThat(x.intersection(y).list()).containsExactly(A.index(0));
        assertThat(x.subtract(y).list()).containsExactly(A);
        assertThat(x.symmetricDifference(y).size()).isEqualTo(2);
        assertThat(x.sameAs(PathSet.of(A.index(0), A))).isTrue();
        assertThat(x.sameAs(y)).isFalse();
        PathSet steps = new PathSet();
        steps.addAllSteps(A.index(0).getAttr("b"));
        assertThat(steps.size()).isEqualTo(3);
        assertThat(steps.has(A)).isTrue();
    }
}
