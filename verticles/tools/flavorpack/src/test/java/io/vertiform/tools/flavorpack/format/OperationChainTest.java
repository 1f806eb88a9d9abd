package io.vertiform.tools.flavorpack.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OperationChainTest {

    @Test
    void packsOpcodesLeastSignificantByteFirst() {
        assertThat(OperationChain.TAR_GZ.packed()).isEqualTo(0x1001);
        assertThat(OperationChain.TAR.packed()).isEqualTo(0x01);
        assertThat(OperationChain.RAW.packed()).isZero();
        assertThat(OperationChain.unpack(0x1001)).isEqualTo(OperationChain.TAR_GZ);
        assertThat(OperationChain.unpack(0x13_01).operations()).containsExactly(Operation.TAR, Operation.BZIP2);
    }

    @Test
    void namesFollowFlavorpack() {
        assertThat(OperationChain.parse("tar.gz")).isEqualTo(OperationChain.TAR_GZ);
        assertThat(OperationChain.parse("tgz")).isEqualTo(OperationChain.TAR_GZ);
        assertThat(OperationChain.parse("raw")).isEqualTo(OperationChain.RAW);
        assertThat(OperationChain.parse("tar.xz").operations()).containsExactly(Operation.TAR, Operation.XZ);
        assertThat(OperationChain.parse("tar.zst").label()).isEqualTo("tar.zstd");
        assertThat(OperationChain.TAR_GZ.label()).isEqualTo("tar.gz");
        assertThat(new OperationChain(List.of(Operation.GZIP)).label()).isEqualTo("gzip");
    }

    @Test
    void onlyTarAndGzipAreSupportedAndUnknownOpcodesAreErrors() {
        assertThat(OperationChain.TAR_GZ.supported()).isTrue();
        assertThat(OperationChain.parse("tar.xz").supported()).isFalse();
        assertThatThrownBy(() -> OperationChain.unpack(0x3001)).hasMessageContaining("0x30");
        assertThatThrownBy(() -> OperationChain.parse("tar.lz4")).hasMessageContaining("tar.lz4");
    }
}
