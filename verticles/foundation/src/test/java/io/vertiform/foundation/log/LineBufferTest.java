package io.vertiform.foundation.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBufferTest {

    @Test
    void writesNumbersAndUtf8() {
        LineBuffer b = new LineBuffer(1);
        b.writeLong(Long.MIN_VALUE).writeByte(' ').writeLong(0).writeByte(' ').writeLong(-42).writeByte(' ')
                .writePadded(7, 3).writeByte(' ').writeUtf8("é😀\uD800x");
        assertThat(b.toString()).isEqualTo("-9223372036854775808 0 -42 007 é😀\uFFFDx");
        b.reset();
        assertThat(b.length()).isZero();
    }

    @Test
    void goKeyOrderIsUtf8ByteOrder() {
        assertThat(Utf16.compareUtf8Order("\uFFFF", "😀")).isNegative();
        assertThat(Utf16.compareUtf8Order("EXTRA", "a")).isNegative();
        assertThat(Utf16.compareUtf8Order("@level", "a")).isNegative();
        assertThat(Utf16.compareUtf8Order("ab", "a")).isPositive();
    }
}
