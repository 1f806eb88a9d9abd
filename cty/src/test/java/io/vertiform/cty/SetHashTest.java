package io.vertiform.cty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetHashTest {

    @Test
    void canonicalForms() {
        assertThat(SetHash.hashString(CtyValue.unknownVal(CtyType.STRING))).isEqualTo("?");
        assertThat(SetHash.hashString(CtyValue.nullVal(CtyType.STRING))).isEqualTo("~");
        assertThat(SetHash.hashString(CtyValue.FALSE)).isEqualTo("F");
        assertThat(SetHash.hashString(CtyValue.parseNumberVal("12345678901"))).isEqualTo("1.23456789e+10");
        assertThat(SetHash.hashString(CtyValue.stringVal("a\nb"))).isEqualTo("\"a\\nb\"");
        assertThat(SetHash.hashString(CtyValue.listVal(List.of(CtyValue.TRUE, CtyValue.FALSE)))).isEqualTo("[T;F;]");
        assertThat(SetHash.hashString(CtyValue.setVal(List.of(CtyValue.TRUE, CtyValue.FALSE)))).isEqualTo("[F;T;]");
        assertThat(SetHash.hashString(CtyValue.objectVal(Map.of("b", CtyValue.TRUE, "a",
                CtyValue.unknownVal(CtyType.STRING))))).isEqualTo("<?;T;>");
        assertThat(SetHash.hashString(CtyValue.stringVal("x").mark("m"))).isEqualTo("\"x\"");
    }

    @Test
    void hashIsCrc32OfTheCanonicalForm() {
        // go-cty: cty.StringVal("a").Hash() == 1829654686, cty.True.Hash() == 3187964512
        assertThat(SetHash.hash(CtyValue.stringVal("a"))).isEqualTo(1829654686L);
        assertThat(SetHash.hash(CtyValue.TRUE)).isEqualTo(3187964512L);
    }
}
