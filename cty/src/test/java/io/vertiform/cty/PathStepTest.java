package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathStepTest {

    @Test
    void getAttrStep() {
        CtyValue o = CtyValue.objectVal(Map.of("a", CtyValue.stringVal("x")));
        assertThat(new PathStep.GetAttrStep("a").apply(o)).isEqualTo(CtyValue.stringVal("x"));
        assertThatThrownBy(() -> new PathStep.GetAttrStep("a").apply(CtyValue.stringVal("x")))
                .isInstanceOf(CtyException.class).hasMessage("not an object type");
        assertThat(new PathStep.GetAttrStep("a")).isEqualTo(new PathStep.GetAttrStep("a"))
                .isNotEqualTo(new PathStep.GetAttrStep("b"));
    }

    @Test
    void indexStep() {
        CtyValue t = CtyValue.tupleVal(List.of(CtyValue.stringVal("x"), CtyValue.TRUE));
        assertThat(new PathStep.IndexStep(CtyValue.numberIntVal(1)).apply(t)).isEqualTo(CtyValue.TRUE);
        assertThatThrownBy(() -> new PathStep.IndexStep(CtyValue.stringVal("k")).apply(t))
                .isInstanceOf(CtyException.class).hasMessage("not a map type");
        assertThat(new PathStep.IndexStep(CtyValue.numberIntVal(1)))
                .isEqualTo(new PathStep.IndexStep(CtyValue.parseNumberVal("1")));
    }
}
