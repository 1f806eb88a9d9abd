package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ValueGoStringTest {

    @Test
    void rendersLikeGoCty() {
        assertThat(CtyValue.stringVal("a\"b").goString()).isEqualTo("cty.StringVal(\"a\\\"b\")");
        assertThat(CtyValue.numberIntVal(42).goString()).isEqualTo("cty.NumberIntVal(42)");
        assertThat(CtyValue.numberFloatVal(1234567.5).goString()).isEqualTo("cty.NumberFloatVal(1.2345675e+06)");
        assertThat(CtyValue.parseNumberVal("0.1").goString()).isEqualTo("cty.MustParseNumberVal(\"0.1\")");
        assertThat(CtyValue.POSITIVE_INFINITY.goString()).isEqualTo("cty.NumberFloatVal(+Inf)");
        assertThat(CtyValue.TRUE.goString()).isEqualTo("cty.True");
        assertThat(CtyValue.nullVal(CtyType.list(CtyType.STRING)).goString())
                .isEqualTo("cty.NullVal(cty.List(cty.String))");
        assertThat(CtyValue.DYNAMIC_VAL.goString()).isEqualTo("cty.DynamicVal");
        assertThat(CtyValue.EMPTY_OBJECT_VAL.goString()).isEqualTo("cty.EmptyObjectVal");
        assertThat(CtyValue.EMPTY_TUPLE_VAL.goString()).isEqualTo("cty.EmptyTupleVal");
        assertThat(CtyValue.setValEmpty(CtyType.BOOL).goString()).isEqualTo("cty.SetValEmpty(cty.Bool)");
        assertThat(CtyValue.mapValEmpty(CtyType.BOOL).goString()).isEqualTo("cty.MapValEmpty(cty.Bool)");
        assertThat(CtyValue.listValEmpty(CtyType.BOOL).goString()).isEqualTo("cty.ListValEmpty(cty.Bool)");
        assertThat(CtyValue.tupleVal(List.of(CtyValue.TRUE, CtyValue.ZERO)).goString())
                .isEqualTo("cty.TupleVal([]cty.Value{cty.True, cty.NumberIntVal(0)})");
        assertThat(CtyValue.objectVal(Map.of("b", CtyValue.TRUE, "a", CtyValue.FALSE)).goString())
                .isEqualTo("cty.ObjectVal(map[string]cty.Value{\"a\":cty.False, \"b\":cty.True})");
        assertThat(CtyValue.stringVal("a").mark("m").goString()).isEqualTo("cty.StringVal(\"a\").Mark(\"m\")");
        assertThat(CtyValue.stringVal("a").withMarks(Set.of("m", "n")).toString())
                .isEqualTo("cty.StringVal(\"a\").WithMarks(cty.NewValueMarks(\"m\", \"n\"))");
    }
}
