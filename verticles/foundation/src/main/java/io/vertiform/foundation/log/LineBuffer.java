package io.vertiform.foundation.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that renderers write UTF-8 into. One per thread is reused, so rendering an
 * event allocates nothing once the buffer has grown to the usual line size.
 */
public final class LineBuffer {

    private static final int MAX_RETAINED = 64 * 1024;

    private byte[] bytes;
    private int length;

    public LineBuffer() {
        this(512);
    }

    public LineBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    public int length() {
        return length;
    }

    public void reset() {
        length = 0;
        if (bytes.length > MAX_RETAINED) {
            // One huge event must not pin a large array to the thread forever.
            bytes = new byte[512];
        }
    }

    public LineBuffer writeByte(int b) {
        ensure(1);
        bytes[length++] = (byte) b;
        return this;
    }

    public LineBuffer writeBytes(byte[] src) {
        return writeBytes(src, 0, src.length);
    }

    public LineBuffer writeBytes(byte[] src, int offset, int count) {
        ensure(count);
        System.arraycopy(src, offset, bytes, length, count);
        length += count;
        return this;
    }

    /** Writes chars that are known to be ASCII (digits, keys built by renderers). */
    public LineBuffer writeAscii(CharSequence s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[length++] = (byte) s.charAt(i);
        }
        return this;
    }

    public LineBuffer writeLong(long v) {
        if (v == Long.MIN_VALUE) {
            return writeAscii("-9223372036854775808");
        }
        ensure(20);
        if (v < 0) {
            bytes[length++] = '-';
            v = -v;
        }
        int start = length;
        do {
            bytes[length++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        for (int i = start, j = length - 1; i < j; i++, j--) {
            byte t = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = t;
        }
        return this;
    }

    /** Writes {@code v} zero-padded to {@code width} digits ({@code v} must be non-negative). */
    public LineBuffer writePadded(long v, int width) {
        ensure(width);
        for (int i = width - 1; i >= 0; i--) {
            bytes[length + i] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        length += width;
        return this;
    }

    /** Writes one Unicode code point as UTF-8. */
    public LineBuffer writeCodePoint(int cp) {
        ensure(4);
        if (cp < 0x80) {
            bytes[length++] = (byte) cp;
        } else if (cp < 0x800) {
            bytes[length++] = (byte) (0xC0 | (cp >> 6));
            bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            bytes[length++] = (byte) (0xE0 | (cp >> 12));
            bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            bytes[length++] = (byte) (0xF0 | (cp >> 18));
            bytes[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        }
        return this;
    }

    /** Writes text as UTF-8, replacing unpaired surrogates with U+FFFD. */
    public LineBuffer writeUtf8(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                ensure(1);
                bytes[length++] = (byte) c;
            } else {
                int cp = Utf16.codePointAt(s, i);
                if (cp > 0xFFFF) {
                    i++;
                }
                writeCodePoint(cp);
            }
        }
        return this;
    }

    public void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
