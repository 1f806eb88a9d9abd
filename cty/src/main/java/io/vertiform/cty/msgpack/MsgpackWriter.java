package io.vertiform.cty.msgpack;

import io.vertiform.cty.json.GoUtf8;

import java.util.Arrays;

import static io.vertiform.cty.msgpack.MsgpackCodes.*;

/**
 * A growable byte buffer writing msgpack items in exactly the forms go-cty's encoder (vmihailenco/msgpack v5 with
 * compact integers, float64 floats) chooses.
 */
final class MsgpackWriter {
    private byte[] buf;
    private int pos;

    MsgpackWriter(int initialCapacity) {
        buf = new byte[Math.max(16, initialCapacity)];
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int n) {
        if (buf.length - pos < n) {
            int want = Math.max(buf.length * 2, pos + n);
            if (want < 0) {
                throw new OutOfMemoryError("msgpack output too large");
            }
            buf = Arrays.copyOf(buf, want);
        }
    }

    void writeByte(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
    }

    void writeRaw(byte[] src) {
        ensure(src.length);
        System.arraycopy(src, 0, buf, pos, src.length);
        pos += src.length;
    }

    void writeRaw(byte[] src, int off, int len) {
        ensure(len);
        System.arraycopy(src, off, buf, pos, len);
        pos += len;
    }

    void writeNil() {
        writeByte(NIL);
    }

    void writeBool(boolean v) {
        writeByte(v ? TRUE : FALSE);
    }

    private void put(int code, long v, int n) {
        ensure(n + 1);
        buf[pos++] = (byte) code;
        for (int shift = (n - 1) * 8; shift >= 0; shift -= 8) {
            buf[pos++] = (byte) (v >>> shift);
        }
    }

    /** Go's {@code EncodeInt}: the smallest form, unsigned codes for non-negative values. */
    void writeInt(long v) {
        if (v >= 0) {
            if (v <= 0x7f) {
                writeByte((int) v);
            } else if (v <= 0xff) {
                put(UINT8, v, 1);
            } else if (v <= 0xffff) {
                put(UINT16, v, 2);
            } else if (v <= 0xffffffffL) {
                put(UINT32, v, 4);
            } else {
                put(UINT64, v, 8);
            }
        } else if (v >= -32) {
            writeByte((int) v & 0xff);
        } else if (v >= Byte.MIN_VALUE) {
            put(INT8, v, 1);
        } else if (v >= Short.MIN_VALUE) {
            put(INT16, v, 2);
        } else if (v >= Integer.MIN_VALUE) {
            put(INT32, v, 4);
        } else {
            put(INT64, v, 8);
        }
    }

    void writeFloat64(double v) {
        put(FLOAT64, Double.doubleToRawLongBits(v), 8);
    }

    void writeArrayHeader(int n) {
        if (n < 16) {
            writeByte(FIXARRAY | n);
        } else if (n <= 0xffff) {
            put(ARRAY16, n, 2);
        } else {
            put(ARRAY32, n, 4);
        }
    }

    void writeMapHeader(int n) {
        if (n < 16) {
            writeByte(FIXMAP | n);
        } else if (n <= 0xffff) {
            put(MAP16, n, 2);
        } else {
            put(MAP32, n, 4);
        }
    }

    private void writeBinHeader(int n) {
        if (n < 256) {
            put(BIN8, n, 1);
        } else if (n <= 0xffff) {
            put(BIN16, n, 2);
        } else {
            put(BIN32, n, 4);
        }
    }

    void writeBin(byte[] data) {
        writeBinHeader(data.length);
        writeRaw(data);
    }

    /** Go's {@code EncodeExtHeader}: fixext forms for lengths 1, 2, 4, 8 and 16. */
    void writeExtHeader(int type, int len) {
        switch (len) {
            case 1 -> writeByte(FIXEXT1);
            case 2 -> writeByte(FIXEXT2);
            case 4 -> writeByte(FIXEXT4);
            case 8 -> writeByte(FIXEXT8);
            case 16 -> writeByte(FIXEXT16);
            default -> {
                if (len <= 0xff) {
                    put(EXT8, len, 1);
                } else if (len <= 0xffff) {
                    put(EXT16, len, 2);
                } else {
                    put(EXT32, len, 4);
                }
            }
        }
        writeByte(type);
    }

    static int stringHeaderSize(int byteLen) {
        if (byteLen < 32) {
            return 1;
        }
        if (byteLen < 256) {
            return 2;
        }
        return byteLen <= 0xffff ? 3 : 5;
    }

    private void putStringHeader(int at, int byteLen) {
        if (byteLen < 32) {
            buf[at] = (byte) (FIXSTR | byteLen);
        } else if (byteLen < 256) {
            buf[at] = (byte) STR8;
            buf[at + 1] = (byte) byteLen;
        } else if (byteLen <= 0xffff) {
            buf[at] = (byte) STR16;
            buf[at + 1] = (byte) (byteLen >>> 8);
            buf[at + 2] = (byte) byteLen;
        } else {
            buf[at] = (byte) STR32;
            buf[at + 1] = (byte) (byteLen >>> 24);
            buf[at + 2] = (byte) (byteLen >>> 16);
            buf[at + 3] = (byte) (byteLen >>> 8);
            buf[at + 4] = (byte) byteLen;
        }
    }

    /**
     * A str item in one pass: the bytes are written after a header sized for an all-ASCII string and moved in the
     * rare case the UTF-8 length needs a larger header.
     */
    void writeString(String s) {
        int n = s.length();
        if (n > (Integer.MAX_VALUE - 8) / 3) {
            throw new OutOfMemoryError("string too large for msgpack");
        }
        ensure(5 + 3 * n);
        int guess = stringHeaderSize(n);
        int start = pos + guess;
        int p = start;
        byte[] out = buf;
        int i = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                break;
            }
            out[p++] = (byte) c;
        }
        if (i < n) {
            p = GoUtf8.encode(s, i, out, p);
        }
        int byteLen = p - start;
        int header = stringHeaderSize(byteLen);
        if (header != guess) {
            System.arraycopy(out, start, out, pos + header, byteLen);
        }
        putStringHeader(pos, byteLen);
        pos += header + byteLen;
    }

    /** An already UTF-8-encoded string as a str item. */
    void writeStringUtf8(byte[] utf8) {
        int n = utf8.length;
        ensure(5 + n);
        putStringHeader(pos, n);
        pos += stringHeaderSize(n);
        System.arraycopy(utf8, 0, buf, pos, n);
        pos += n;
    }
}
