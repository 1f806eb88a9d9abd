package io.vertiform.cty.msgpack;

import io.vertiform.cty.json.GoUtf8;

import static io.vertiform.cty.msgpack.MsgpackCodes.*;

/**
 * Bounds-checked msgpack reading over a byte range with the failure behaviour of Go's msgpack decoder reading from a
 * {@code bytes.Reader}: a read that finds no bytes fails with {@code EOF}, a read that finds some but not enough
 * consumes them and fails with {@code unexpected EOF}. Lengths from the input are never used to allocate more than
 * the remaining input.
 */
final class MsgpackReader {
    private final byte[] b;
    private final int end;
    int pos;

    MsgpackReader(byte[] b, int start, int end) {
        this.b = b;
        this.pos = start;
        this.end = end;
    }

    byte[] bytes() {
        return b;
    }

    int remaining() {
        return end - pos;
    }

    boolean atEnd() {
        return pos >= end;
    }

    /** The next format byte without consuming it. */
    int peek() throws MsgpackFormatError {
        if (pos >= end) {
            throw new MsgpackFormatError(MsgpackFormatError.EOF);
        }
        return b[pos] & 0xFF;
    }

    int readCode() throws MsgpackFormatError {
        if (pos >= end) {
            throw new MsgpackFormatError(MsgpackFormatError.EOF);
        }
        return b[pos++] & 0xFF;
    }

    /** Makes sure {@code n} more bytes exist; otherwise consumes what is left and fails like {@code io.ReadFull}. */
    void need(long n) throws MsgpackFormatError {
        if (n > end - pos) {
            boolean none = pos >= end;
            pos = end;
            throw new MsgpackFormatError(none ? MsgpackFormatError.EOF : MsgpackFormatError.UNEXPECTED_EOF);
        }
    }

    /** Big-endian unsigned integer of 1, 2, 4 or 8 bytes (8 bytes returned as the raw 64 bits). */
    long readUint(int n) throws MsgpackFormatError {
        need(n);
        long v = 0;
        for (int i = 0; i < n; i++) {
            v = (v << 8) | (b[pos++] & 0xFF);
        }
        return v;
    }

    /** Go's {@code arrayLen}: -1 for nil. */
    long arrayLen(int c) throws MsgpackFormatError {
        if (c == NIL) {
            return -1;
        }
        if (c >= FIXARRAY && c <= 0x9f) {
            return c & 0x0f;
        }
        if (c == ARRAY16) {
            return readUint(2);
        }
        if (c == ARRAY32) {
            return readUint(4);
        }
        throw new MsgpackFormatError("msgpack: invalid code=" + hex(c) + " decoding array length");
    }

    /** Go's {@code mapLen}: -1 for nil. */
    long mapLen(int c) throws MsgpackFormatError {
        if (c == NIL) {
            return -1;
        }
        if (c >= FIXMAP && c <= 0x8f) {
            return c & 0x0f;
        }
        if (c == MAP16) {
            return readUint(2);
        }
        if (c == MAP32) {
            return readUint(4);
        }
        throw new MsgpackFormatError("msgpack: unexpected code=" + hex(c) + " decoding map length");
    }

    /** Go's {@code bytesLen}, shared by strings and binaries (either is accepted for both): -1 for nil. */
    long bytesLen(int c) throws MsgpackFormatError {
        if (c == NIL) {
            return -1;
        }
        if (c >= FIXSTR && c <= 0xbf) {
            return c & 0x1f;
        }
        return switch (c) {
            case STR8, BIN8 -> readUint(1);
            case STR16, BIN16 -> readUint(2);
            case STR32, BIN32 -> readUint(4);
            default -> throw new MsgpackFormatError("msgpack: invalid code=" + hex(c) + " decoding string/bytes length");
        };
    }

    /** Go's {@code DecodeString}: a str, bin or nil (as "") item. */
    String readString() throws MsgpackFormatError {
        long n = bytesLen(readCode());
        if (n <= 0) {
            return "";
        }
        need(n);
        String s = GoUtf8.decode(b, pos, (int) n);
        pos += (int) n;
        return s;
    }

    /**
     * Reads the header of a str/bin/nil item and returns the byte length, leaving {@link #pos} at its payload
     * (so callers can compare raw bytes before deciding to build a String).
     */
    int readStringHeader() throws MsgpackFormatError {
        long n = bytesLen(readCode());
        if (n <= 0) {
            return 0;
        }
        need(n);
        return (int) n;
    }

    /** Go's {@code DecodeInt64} (nil reads as 0, uint64 wraps). */
    long readInt64() throws MsgpackFormatError {
        int c = readCode();
        if (c == NIL) {
            return 0;
        }
        if (isFixedNum(c)) {
            return (byte) c;
        }
        return switch (c) {
            case UINT8 -> readUint(1);
            case INT8 -> (byte) readUint(1);
            case UINT16 -> readUint(2);
            case INT16 -> (short) readUint(2);
            case UINT32 -> readUint(4);
            case INT32 -> (int) readUint(4);
            case UINT64, INT64 -> readUint(8);
            default -> throw new MsgpackFormatError("msgpack: invalid code=" + hex(c) + " decoding int64");
        };
    }

    /** Go's {@code DecodeBool} (v5: nil reads as false). */
    boolean readBool() throws MsgpackFormatError {
        int c = readCode();
        if (c == TRUE) {
            return true;
        }
        if (c == FALSE || c == NIL) {
            return false;
        }
        throw new MsgpackFormatError("msgpack: invalid code=" + hex(c) + " decoding bool");
    }

    /** Go's {@code Skip}: steps over one complete item. */
    void skip(int depth) throws MsgpackFormatError {
        if (depth > MsgpackLimits.MAX_DEPTH) {
            throw new MsgpackFormatError(MsgpackLimits.TOO_DEEP);
        }
        int c = readCode();
        if (isFixedNum(c) || c == NIL || c == FALSE || c == TRUE) {
            return;
        }
        if ((c >= FIXMAP && c <= 0x8f) || c == MAP16 || c == MAP32) {
            long n = mapLen(c);
            for (long i = 0; i < n * 2; i++) {
                skip(depth + 1);
            }
            return;
        }
        if ((c >= FIXARRAY && c <= 0x9f) || c == ARRAY16 || c == ARRAY32) {
            long n = arrayLen(c);
            for (long i = 0; i < n; i++) {
                skip(depth + 1);
            }
            return;
        }
        if (isString(c) || c == BIN8 || c == BIN16 || c == BIN32) {
            long n = bytesLen(c);
            need(n);
            pos += (int) n;
            return;
        }
        switch (c) {
            case UINT8, INT8 -> skipN(1);
            case UINT16, INT16 -> skipN(2);
            case UINT32, INT32, FLOAT32 -> skipN(4);
            case UINT64, INT64, FLOAT64 -> skipN(8);
            default -> {
                if (isExt(c)) {
                    skipN(extLen(c) + 1);
                } else {
                    throw new MsgpackFormatError("msgpack: unknown code " + hex(c));
                }
            }
        }
    }

    void skipN(long n) throws MsgpackFormatError {
        need(n);
        pos += (int) n;
    }

    /** Go's {@code parseExtLen}. */
    long extLen(int c) throws MsgpackFormatError {
        return switch (c) {
            case FIXEXT1 -> 1;
            case FIXEXT2 -> 2;
            case FIXEXT4 -> 4;
            case FIXEXT8 -> 8;
            case FIXEXT16 -> 16;
            case EXT8 -> readUint(1);
            case EXT16 -> readUint(2);
            case EXT32 -> readUint(4);
            default -> throw new MsgpackFormatError("msgpack: invalid code=" + hex(c) + " decoding ext len");
        };
    }

    double readFloat32Body() throws MsgpackFormatError {
        return Float.intBitsToFloat((int) readUint(4));
    }

    double readFloat64Body() throws MsgpackFormatError {
        return Double.longBitsToDouble(readUint(8));
    }
}
