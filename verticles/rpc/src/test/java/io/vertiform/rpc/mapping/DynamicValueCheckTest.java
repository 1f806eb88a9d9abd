package io.vertiform.rpc.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.provider.DynamicValue;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DynamicValueCheckTest {

    private static DynamicValue hex(String hex) {
        return DynamicValue.msgpack(HexFormat.of().parseHex(hex));
    }

    @Test
    void wellFormedValuesPass() {
        assertThat(DynamicValueCheck.problem(hex("c0"))).isEmpty();
        assertThat(DynamicValueCheck.problem(hex("84a5636f756e7403a364796e92c40622626f6f6c22c3a26964a3616263a47461677381a16ba176"))).isEmpty();
        assertThat(DynamicValueCheck.problem(hex("c70e0c8201c202a97072656669783a2f2f"))).isEmpty(); // refined unknown
        assertThat(DynamicValueCheck.problem(DynamicValue.json("{\"a\":[1,2]}".getBytes()))).isEmpty();
    }

    @Test
    void garbageIsDescribed() {
        assertThat(DynamicValueCheck.problem(hex("c1"))).get().asString().startsWith("malformed msgpack");
        assertThat(DynamicValueCheck.problem(hex("82a161"))).get().asString().startsWith("malformed msgpack");
        assertThat(DynamicValueCheck.problem(hex("c0c0"))).get().asString().contains("1 trailing bytes");
        assertThat(DynamicValueCheck.problem(hex("dbffffffff41"))).get().asString().startsWith("malformed msgpack");
        assertThat(DynamicValueCheck.problem(hex("ddffffffff"))).get().asString().startsWith("malformed msgpack");
        assertThat(DynamicValueCheck.problem(DynamicValue.json("{\"a\":".getBytes()))).get().asString()
                .startsWith("malformed json");
        assertThat(DynamicValueCheck.problem(DynamicValue.json("1 2".getBytes()))).get().asString()
                .contains("after the value");
        assertThat(DynamicValueCheck.problem(new DynamicValue(null, null))).get().asString().contains("neither");
    }
}
