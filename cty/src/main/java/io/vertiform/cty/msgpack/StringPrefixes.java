package io.vertiform.cty.msgpack;

import io.vertiform.cty.SafePrefix;
import io.vertiform.cty.json.GoUtf8;

/**
 * go-cty (1.13+) keeps refinement payloads small: a string prefix longer than 256 bytes is cut to its first 255
 * bytes and then made safe again with {@code ctystrings.SafeKnownPrefix}, so the decoded range is always a superset
 * of the original one. The cut is a byte cut: when it splits a character, go-cty's NFC boundary search sees the
 * broken bytes at the end and stops there, which keeps an inert character before them (a CJK ideograph, an emoji,
 * a digit) that the grapheme step would have dropped.
 */
final class StringPrefixes {
    private StringPrefixes() {
    }

    static byte[] truncatedForWire(String prefix) {
        byte[] utf8 = GoUtf8.encode(prefix);
        if (utf8.length <= MsgpackLimits.MAX_PREFIX_BYTES) {
            return utf8;
        }
        int cut = MsgpackLimits.MAX_PREFIX_BYTES - 1;
        if ((utf8[cut] & 0xC0) != 0x80) {
            return GoUtf8.encode(SafePrefix.of(GoUtf8.decode(utf8, 0, cut)));
        }
        int brokenStart = cut;
        while (brokenStart > 0 && (utf8[brokenStart] & 0xC0) == 0x80) {
            brokenStart--;
        }
        return GoUtf8.encode(SafePrefix.ofCutCharacter(GoUtf8.decode(utf8, 0, brokenStart)));
    }
}
