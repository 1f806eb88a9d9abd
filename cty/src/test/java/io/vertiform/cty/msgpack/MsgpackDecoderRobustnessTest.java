package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.SetHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds the decoder 120,000 seeded inputs (mutated valid encodings, msgpack-shaped noise and pure random bytes) and
 * checks that nothing but {@link CtyMsgpackException} ever escapes. Re-run a failure with
 * {@code -Dvf.codec.seed=<seed printed in the failure>}.
 */
class MsgpackDecoderRobustnessTest {
    private static final int INPUTS = 120_000;
    private static final long DEFAULT_SEED = 0x5eed_c0dec_0001L;
    private static final int[] INTERESTING = {0xc0, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc,
            0xcd, 0xce, 0xcf, 0xd0, 0xd3, 0xd4, 0xd5, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0x80, 0x81, 0x82,
            0x8f, 0x90, 0x91, 0x92, 0x9f, 0xa0, 0xa1, 0xa5, 0xbf, 0x00, 0x01, 0x05, 0x0c, 0x7f, 0xe0, 0xff, 0x22, 0x5b};

    @Test
    void arbitraryBytesOnlyEverRaiseTheCodecException() {
        long seed = Long.getLong("vf.codec.seed", DEFAULT_SEED);
        SplittableRandom rnd = new SplittableRandom(seed);
        List<byte[]> corpus = CodecSamples.encodings();
        List<CtyType> types = CodecSamples.TYPES;
        int decoded = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = switch (rnd.nextInt(4)) {
                case 0, 1 -> mutate(corpus.get(rnd.nextInt(corpus.size())), corpus, rnd);
                case 2 -> shaped(rnd);
                default -> randomBytes(rnd, rnd.nextInt(48));
            };
            CtyType type = types.get(rnd.nextInt(types.size()));
            try {
                CtyValue v = MsgpackCodec.unmarshal(input, type);
                decoded++;
                reencode(v, type);
                if ((i & 7) == 0) {
                    MsgpackCodec.impliedType(input);
                }
            } catch (CtyMsgpackException expected) {
                // the only acceptable failure
            } catch (Throwable t) {
                fail("seed " + seed + ", input " + i + ", type " + type + ", bytes "
                        + HexFormat.of().formatHex(input) + ": " + t, t);
            }
        }
        // The mutations must keep enough inputs valid to exercise the decoding paths, not just the error exits.
        assertThat(decoded).isGreaterThan(INPUTS / 20);
    }

    /**
     * Fuzzing findings: sets of numbers whose decimal exponents run to hundreds of millions took seconds to minutes
     * because set hashing expanded each number in full to format it with 10 significant digits.
     */
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    void setsOfNumbersWithHugeExponentsDecodeQuickly() {
        CtyType setOfNumbers = CtyType.set(CtyType.NUMBER);
        CtyValue a = MsgpackCodec.unmarshal(HexFormat.of().parseHex(
                "97ffb62d3435363739302e353833653031323938373037303930ffffcadaca83d72e067acaca35ca35ca3535ca"),
                setOfNumbers);
        assertThat(a.elements().stream().map(SetHash::hashString).toList())
                .containsExactly("-4.56790583e+129870714", "-2.850145237e+16", "-1", "46", "48");
        CtyValue b = MsgpackCodec.unmarshal(HexFormat.of().parseHex(
                "97ffb62d3435363739302e3532383365313134393335333534352e354b26cacacacaeacaca7acaca35ca35ca35ca35353535ca"),
                setOfNumbers);
        assertThat(b.elements().stream().map(SetHash::hashString).toList())
                .containsExactly("-4.567905283e+114935359", "-1", "38", "46", "53", "75");
        // duplicates and near-duplicates with huge exponents: equality must not print the numbers either
        MsgpackWriter w = new MsgpackWriter(64);
        w.writeArrayHeader(5);
        for (String n : new String[] {"1e-9999999", "1e-9999999", "1.0000000000001e-9999999", "1p99999999",
                "1p99999999"}) {
            w.writeString(n);
        }
        CtyValue c = MsgpackCodec.unmarshal(w.toByteArray(), setOfNumbers);
        assertThat(c.lengthInt()).isEqualTo(3);
        assertThat(c.elements().stream().map(SetHash::hashString).toList())
                .containsExactly("1e-9999999", "1e-9999999", "1.842332968e+30102999");
    }

    private static void reencode(CtyValue v, CtyType type) {
        try {
            MsgpackCodec.marshal(v, v.type().conformsTo(type) ? type : v.type());
        } catch (CtyMsgpackException ignored) {
            // decoded values can be marked-free but non-conforming in go-cty's quirky cases
        }
    }

    private static byte[] mutate(byte[] valid, List<byte[]> corpus, SplittableRandom rnd) {
        byte[] b = valid.clone();
        int edits = 1 + rnd.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(7)) {
                case 0 -> b[at] = (byte) rnd.nextInt(256);
                case 1 -> b[at] = (byte) INTERESTING[rnd.nextInt(INTERESTING.length)];
                case 2 -> b = Arrays.copyOf(b, at);
                case 3 -> b[at] ^= (byte) (1 << rnd.nextInt(8));
                case 4 -> {
                    byte[] other = corpus.get(rnd.nextInt(corpus.size()));
                    int from = rnd.nextInt(other.length);
                    int len = Math.min(other.length - from, 1 + rnd.nextInt(16));
                    byte[] spliced = new byte[b.length + len];
                    System.arraycopy(b, 0, spliced, 0, at);
                    System.arraycopy(other, from, spliced, at, len);
                    System.arraycopy(b, at, spliced, at + len, b.length - at);
                    b = spliced;
                }
                case 5 -> {
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(8));
                    byte[] cut = new byte[b.length - len];
                    System.arraycopy(b, 0, cut, 0, at);
                    System.arraycopy(b, at + len, cut, at, b.length - at - len);
                    b = cut;
                }
                default -> {
                    for (int k = at; k < Math.min(b.length, at + 4); k++) {
                        b[k] = (byte) 0xff; // maximal length prefixes
                    }
                }
            }
        }
        return b;
    }

    private static byte[] shaped(SplittableRandom rnd) {
        byte[] b = new byte[rnd.nextInt(40)];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (rnd.nextInt(3) == 0 ? rnd.nextInt(256) : INTERESTING[rnd.nextInt(INTERESTING.length)]);
        }
        return b;
    }

    private static byte[] randomBytes(SplittableRandom rnd, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) rnd.nextInt(256);
        }
        return b;
    }
}
