package io.vertiform.framework.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TypedValuesTest {

    enum Tier { GOLD, SILVER }

    record Inner(String label, Value<Long> count) {
    }

    record Outer(String instanceType, @Name("ID") Value<String> id, Long size, BigDecimal price, Tier tier,
                 List<Inner> items, Set<String> tags, Map<String, Integer> limits, CtyValue raw) {
    }

    static final CtyType INNER = CtyType.object(Map.of("label", CtyType.STRING, "count", CtyType.NUMBER));
    static final CtyType OUTER = CtyType.object(Map.of("instance_type", CtyType.STRING, "ID", CtyType.STRING,
            "size", CtyType.NUMBER, "price", CtyType.NUMBER, "tier", CtyType.STRING, "items", CtyType.list(INNER),
            "tags", CtyType.set(CtyType.STRING), "limits", CtyType.map(CtyType.NUMBER), "raw", CtyType.DYNAMIC));

    @Test
    void roundTripsRecordsWithNullAndUnknownVisible() {
        Outer o = new Outer("t3.micro", Value.unknown(), 3L, new BigDecimal("0.1"), Tier.GOLD,
                List.of(new Inner("a", Value.of(1L)), new Inner("b", Value.nullValue())), Set.of("x"),
                Map.of("cpu", 2), CtyValue.TRUE);
        CtyValue v = TypedValues.encode(o, OUTER);
        assertThat(v.type().conformsTo(OUTER)).isTrue();
        assertThat(v.getAttr("ID").isKnown()).isFalse();
        assertThat(v.getAttr("tier")).isEqualTo(CtyValue.stringVal("gold"));
        assertThat(v.getAttr("price").asBigFloat().text()).isEqualTo("0.1");
        Outer back = TypedValues.decode(v, Outer.class);
        assertThat(back).isEqualTo(o);
        assertThat(back.id().isUnknown()).isTrue();
        assertThat(back.items().get(1).count().isNull()).isTrue();
    }

    @Test
    void unknownIntoAPlainTypeIsALoudErrorNamingThePath() {
        CtyValue inner = CtyValue.objectVal(Map.of("label", CtyValue.unknownVal(CtyType.STRING),
                "count", CtyValue.nullVal(CtyType.NUMBER)));
        assertThatThrownBy(() -> TypedValues.decode(inner, Inner.class))
                .isInstanceOf(ValueMappingException.class)
                .hasMessageContaining("label: value is unknown")
                .hasMessageContaining("Value<String>");
        CtyValue fraction = CtyValue.objectVal(Map.of("label", CtyValue.stringVal("a"),
                "count", CtyValue.parseNumberVal("1.5")));
        assertThatThrownBy(() -> TypedValues.decode(fraction, Inner.class)).hasMessageContaining("not a whole number");
    }

    @Test
    void checkFindsMismatchesBetweenRecordsAndSchemas() {
        CtyType wrong = CtyType.object(Map.of("label", CtyType.NUMBER, "extra", CtyType.BOOL));
        assertThat(TypedValues.check(Inner.class, wrong)).containsExactlyInAnyOrder(
                "Inner lacks a component for attribute extra (expected extra)",
                "Inner.count maps to attribute count, which the schema does not have",
                "label: String cannot hold number values");
        assertThat(TypedValues.check(Outer.class, OUTER)).isEmpty();
    }

    @Test
    void snakeCaseNames() {
        assertThat(RecordModel.snakeCase("instanceType")).isEqualTo("instance_type");
        assertThat(RecordModel.snakeCase("httpURLPath")).isEqualTo("http_url_path");
        assertThat(RecordModel.snakeCase("ipV4")).isEqualTo("ip_v4");
        assertThat(RecordModel.snakeCase("id")).isEqualTo("id");
    }

    @Test
    void valueStates() {
        assertThat(Value.of(1).get()).isEqualTo(1);
        assertThat(Value.unknown().orElse("x")).isEqualTo("x");
        assertThat(Value.ofNullable(null).isNull()).isTrue();
        assertThatThrownBy(() -> Value.unknown().get()).hasMessage("value is unknown");
        assertThatThrownBy(() -> Value.nullValue().get()).hasMessage("value is null");
        assertThat(Value.unknown()).hasToString("(known after apply)");
    }
}
