package io.vertiform.framework.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueCodecTest {

    private static final CtyType CONFIG = CtyType.object(Map.of("a", CtyType.STRING, "d", CtyType.DYNAMIC));

    @Test
    void emptyMsgpackMapForAnObjectWithAttributesIsRefusedWithAPathError() {
        // go-cty reads an empty map as an empty object whatever type was asked for
        assertThatThrownBy(() -> ValueCodec.decode(DynamicValue.msgpack(new byte[] {(byte) 0x80}), CONFIG))
                .isInstanceOf(PathError.class)
                .hasMessageContaining("does not match the schema");
    }

    @Test
    void dynamicAttributesMayHoldAnyTypeAndStillConform() {
        byte[] json = "{\"a\":\"x\",\"d\":{\"value\":[1,2],\"type\":[\"list\",\"number\"]}}".getBytes(StandardCharsets.UTF_8);
        CtyValue v = ValueCodec.decode(DynamicValue.json(json), CONFIG);
        assertThat(v.getAttr("d").type()).isEqualTo(CtyType.list(CtyType.NUMBER));
        assertThat(ValueCodec.decode(ValueCodec.encode(v, CONFIG), CONFIG)).isEqualTo(v);
    }
}
