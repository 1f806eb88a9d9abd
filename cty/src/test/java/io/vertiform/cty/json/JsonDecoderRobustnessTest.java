package io.vertiform.cty.json;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.SetHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Feeds the JSON value, type and implied-type decoders 100,000 seeded inputs (mutated valid documents and JSON-shaped
 * noise) and checks that nothing but {@link CtyJsonException} escapes. Re-run a failure with
 * {@code -Dvf.codec.seed=<seed>}.
 */
class JsonDecoderRobustnessTest {
    private static final int INPUTS = 100_000;
    private static final long DEFAULT_SEED = 0x5eed_75_0001L;
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "d83d", "null", "true",
            "fals", "1", "-", "0.5e", "1e999", " ", "\"value\"", "\"type\"", "\"string\"", "\"list\"", "\"object\"",
            "\"dynamic\"", "\"tuple\"", "\u00e9", "\u0001", "\uFFFD"};

    private static final List<CtyType> TYPES = List.of(CtyType.STRING, CtyType.NUMBER, CtyType.BOOL, CtyType.DYNAMIC,
            CtyType.list(CtyType.NUMBER), CtyType.set(CtyType.STRING), CtyType.map(CtyType.DYNAMIC),
            CtyType.tuple(List.of(CtyType.STRING, CtyType.BOOL)), CtyType.objectWithOptional(Map.of("a",
                    CtyType.STRING, "b", CtyType.list(CtyType.DYNAMIC)), java.util.Set.of("b")));

    private static final List<String> CORPUS = List.of(
            "{\"value\":{\"a\":\"x\",\"b\":[1,2]},\"type\":[\"object\",{\"a\":\"string\",\"b\":[\"list\",\"number\"]}]}",
            "{\"a\":\"x\",\"b\":[{\"value\":true,\"type\":\"bool\"},{\"value\":[\"q\"],\"type\":[\"set\",\"string\"]}]}",
            "[\"object\",{\"a\":\"string\",\"b\":[\"tuple\",[\"number\",\"dynamic\"]]},[\"b\"]]",
            "[1, 2.5e3, \"4\", -0]", "[\"s\", true]", "{\"k\":{\"value\":null,\"type\":\"string\"}}",
            "\"str\\u00e9\\ud83d\\ude00\"", "[\"map\",[\"list\",\"bool\"]]");

    /** Fuzzing finding: sets of numbers with huge exponents (set hashing expanded them in full: seconds to minutes). */
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @Test
    void setsOfNumbersWithHugeExponentsDecodeQuickly() {
        CtyValue v = ValueJson.unmarshal("[\"1e9999999\",1e9999999,\"1p99999999\",\"-1e-9999999\",\"-1e-9999999\","
                + "\"-456790.583e0129870709\",-1e-9999999]", CtyType.set(CtyType.NUMBER));
        assertThat(v.elements().stream().map(SetHash::hashString).toList()).containsExactly(
                "-4.56790583e+129870714", "-1e-9999999", "1e+9999999", "1.842332968e+30102999");
    }

    @Test
    void arbitraryTextOnlyEverRaisesTheCodecException() {
        long seed = Long.getLong("vf.codec.seed", DEFAULT_SEED);
        SplittableRandom rnd = new SplittableRandom(seed);
        int decoded = 0;
        for (int i = 0; i < INPUTS; i++) {
            byte[] input = rnd.nextBoolean() ? mutate(CORPUS.get(rnd.nextInt(CORPUS.size())), rnd) : noise(rnd);
            CtyType type = TYPES.get(rnd.nextInt(TYPES.size()));
            try {
                switch (i % 3) {
                    case 0 -> {
                        CtyValue v = ValueJson.unmarshal(input, type);
                        decoded++;
                        if (v.isWhollyKnown()) {
                            remarshal(v, type);
                        }
                    }
                    case 1 -> TypeJson.unmarshal(input);
                    default -> ValueJson.impliedType(input);
                }
            } catch (CtyJsonException expected) {
                // the only acceptable failure
            } catch (Throwable t) {
                fail("seed " + seed + ", input " + i + ", type " + type + ", bytes "
                        + HexFormat.of().formatHex(input) + ": " + t, t);
            }
        }
        assertThat(decoded).isGreaterThan(INPUTS / 100);
    }

    private static void remarshal(CtyValue v, CtyType type) {
        try {
            ValueJson.marshal(v, v.type().conformsTo(type) ? type : v.type());
        } catch (CtyJsonException ignored) {
            // infinities decoded from "Inf" strings cannot be written back, as in go-cty
        }
    }

    private static byte[] mutate(String valid, SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder(valid);
        int edits = 1 + rnd.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 0; e++) {
            int at = rnd.nextInt(sb.length());
            switch (rnd.nextInt(4)) {
                case 0 -> sb.insert(at, TOKENS[rnd.nextInt(TOKENS.length)]);
                case 1 -> sb.delete(at, Math.min(sb.length(), at + 1 + rnd.nextInt(6)));
                case 2 -> sb.setLength(at);
                default -> sb.setCharAt(at, (char) rnd.nextInt(128));
            }
        }
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (rnd.nextInt(10) == 0 && b.length > 0) {
            b[rnd.nextInt(b.length)] = (byte) (0x80 + rnd.nextInt(128)); // invalid UTF-8
        }
        return b;
    }

    private static byte[] noise(SplittableRandom rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(16);
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS[rnd.nextInt(TOKENS.length)]);
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
