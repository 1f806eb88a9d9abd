package io.vertiform.cty;

import static io.vertiform.cty.CtyValue.listVal;
import static io.vertiform.cty.CtyValue.stringVal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CtyPathTest {
    private static final CtyValue VALUE = CtyValue.objectVal(Map.of(
            "l", listVal(List.of(stringVal("a"), stringVal("b"))),
            "m", CtyValue.mapVal(Map.of("k", CtyValue.TRUE))));

    @Test
    void buildingIsImmutable() {
        CtyPath root = CtyPath.root();
        CtyPath a = root.getAttr("a");
        CtyPath a0 = a.index(0);
        assertThat(root.isEmpty()).isTrue();
        assertThat(a.size()).isEqualTo(1);
        assertThat(a0.steps()).containsExactly(new PathStep.GetAttrStep("a"),
                new PathStep.IndexStep(CtyValue.numberIntVal(0)));
        assertThat(a0.parent()).isEqualTo(a);
        assertThat(a0.lastStep()).isEqualTo(new PathStep.IndexStep(CtyValue.numberIntVal(0)));
        assertThat(a0.hasPrefix(a)).isTrue();
        assertThat(a.hasPrefix(a0)).isFalse();
        assertThat(root.append(a0)).isEqualTo(a0);
        assertThat(a.append(CtyPath.root().index("k"))).isEqualTo(a.index(stringVal("k")));
        assertThat(CtyPath.of(a0.steps())).isEqualTo(a0).hasSameHashCodeAs(a0);
        assertThatThrownBy(root::parent).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void equalityUsesRawEqualsOnKeys() {
        assertThat(CtyPath.root().index(CtyValue.parseNumberVal("1.0"))).isEqualTo(CtyPath.root().index(1));
        assertThat(CtyPath.root().index(CtyValue.unknownVal(CtyType.NUMBER)))
                .isEqualTo(CtyPath.root().index(CtyValue.unknownVal(CtyType.NUMBER)));
        assertThat(CtyPath.root().index("1")).isNotEqualTo(CtyPath.root().index(1));
    }

    @Test
    void rendersLikeTerraformDiagnostics() {
        CtyPath p = CtyPath.root().getAttr("a").index(0).index("k\"q").index(CtyValue.unknownVal(CtyType.STRING))
                .index(CtyValue.nullVal(CtyType.STRING)).index(CtyValue.parseNumberVal("1.5"))
                .index(CtyValue.numberIntVal(10_000_000)).index(CtyValue.TRUE);
        assertThat(p).hasToString(".a[0][\"k\\\"q\"][(not yet known)][null][1.5][1e+07][...]");
        assertThat(CtyPath.root()).hasToString("");
    }

    @Test
    void applyFollowsTheSteps() {
        assertThat(CtyPath.root().getAttr("m").index("k").apply(VALUE)).isEqualTo(CtyValue.TRUE);
        assertThat(CtyPath.root().getAttr("l").index(CtyValue.unknownVal(CtyType.NUMBER)).apply(VALUE))
                .isEqualTo(CtyValue.unknownVal(CtyType.STRING));
        assertThat(CtyPath.root().apply(VALUE)).isSameAs(VALUE);
    }

    @Test
    void applyErrorsUseGoCtyTexts() {
        assertApplyError(CtyPath.root().getAttr("l").index(5), VALUE, "at step 1: value does not have given index key");
        assertApplyError(CtyPath.root().getAttr("l").getAttr("z"), VALUE, "at step 1: not an object type");
        assertApplyError(CtyPath.root().getAttr("m").index(0), VALUE, "at step 1: not a list type");
        assertApplyError(CtyPath.root().getAttr("nope"), VALUE, "at step 0: object has no attribute \"nope\"");
        assertApplyError(CtyPath.root().getAttr("m").index(CtyValue.TRUE), VALUE,
                "at step 1: key value not number or string");
        assertApplyError(CtyPath.root().index(0), CtyValue.nullVal(CtyType.list(CtyType.STRING)),
                "at step 0: cannot index a null value");
        assertApplyError(CtyPath.root().getAttr("a"), CtyValue.nullVal(CtyType.EMPTY_OBJECT),
                "at step 0: cannot access attributes on a null value");
    }

    private static void assertApplyError(CtyPath path, CtyValue value, String rawMessage) {
        assertThatThrownBy(() -> path.apply(value)).isInstanceOfSatisfying(PathError.class, e -> {
            assertThat(e.rawMessage()).isEqualTo(rawMessage);
            assertThat(path.hasPrefix(e.path())).isTrue();
        });
    }
}
