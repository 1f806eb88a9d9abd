package io.vertiform.cty.msgpack;

/** msgpack format bytes and the classifications Go's msgpack library uses. */
final class MsgpackCodes {
    static final int NIL = 0xc0;
    static final int FALSE = 0xc2;
    static final int TRUE = 0xc3;
    static final int BIN8 = 0xc4;
    static final int BIN16 = 0xc5;
    static final int BIN32 = 0xc6;
    static final int EXT8 = 0xc7;
    static final int EXT16 = 0xc8;
    static final int EXT32 = 0xc9;
    static final int FLOAT32 = 0xca;
    static final int FLOAT64 = 0xcb;
    static final int UINT8 = 0xcc;
    static final int UINT16 = 0xcd;
    static final int UINT32 = 0xce;
    static final int UINT64 = 0xcf;
    static final int INT8 = 0xd0;
    static final int INT16 = 0xd1;
    static final int INT32 = 0xd2;
    static final int INT64 = 0xd3;
    static final int FIXEXT1 = 0xd4;
    static final int FIXEXT2 = 0xd5;
    static final int FIXEXT4 = 0xd6;
    static final int FIXEXT8 = 0xd7;
    static final int FIXEXT16 = 0xd8;
    static final int STR8 = 0xd9;
    static final int STR16 = 0xda;
    static final int STR32 = 0xdb;
    static final int ARRAY16 = 0xdc;
    static final int ARRAY32 = 0xdd;
    static final int MAP16 = 0xde;
    static final int MAP32 = 0xdf;
    static final int FIXSTR = 0xa0;
    static final int FIXARRAY = 0x90;
    static final int FIXMAP = 0x80;

    /** Extension type go-cty uses for refined unknown values. */
    static final int EXT_REFINED_UNKNOWN = 0x0c;

    private MsgpackCodes() {
    }

    static boolean isFixedNum(int c) {
        return c <= 0x7f || c >= 0xe0;
    }

    static boolean isExt(int c) {
        return (c >= FIXEXT1 && c <= FIXEXT16) || (c >= EXT8 && c <= EXT32);
    }

    static boolean isString(int c) {
        return (c >= FIXSTR && c <= 0xbf) || (c >= STR8 && c <= STR32);
    }

    static boolean isMap(int c) {
        return (c >= FIXMAP && c <= 0x8f) || c == MAP16 || c == MAP32;
    }

    static boolean isArray(int c) {
        return (c >= FIXARRAY && c <= 0x9f) || c == ARRAY16 || c == ARRAY32;
    }

    /** Go's {@code %x} of a byte: lower-case hex without padding. */
    static String hex(int c) {
        return Integer.toHexString(c);
    }
}
