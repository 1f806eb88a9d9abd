package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.GoUtf8;

/**
 * go-cty keeps refinement payloads small: a string prefix longer than 256 bytes is cut to its first 255 bytes and
 * then made safe again (a trailing character that later text could combine with is dropped), so the decoded range is
 * always a superset of the original one.
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
        while (cut > 0 && (utf8[cut] & 0xC0) == 0x80) {
            cut--; // never split a character: drop the one straddling the limit
        }
        String complete = GoUtf8.decode(utf8, 0, cut);
        String safe = CtyValue.unknownVal(CtyType.STRING).refine().stringPrefix(complete).newValue()
                .range().stringPrefix();
        return GoUtf8.encode(safe);
    }
}
