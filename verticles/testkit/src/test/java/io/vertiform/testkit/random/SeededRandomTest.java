package io.vertiform.testkit.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeededRandomTest {

    /** Draws from every generator, so any nondeterminism anywhere shows up as a mismatch. */
    private static List<Object> transcript(SeededRandom r) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(r.nextInt());
            out.add(r.intBetween(-5, 5));
            out.add(r.longBetween(Long.MIN_VALUE, Long.MAX_VALUE));
            out.add(r.nextDouble());
            out.add(r.anyDouble());
            out.add(r.nextBoolean());
            out.add(List.of(r.bytes(3)[0], r.bytes(1)[0]));
            out.add(r.asciiString(10));
            out.add(r.identifier(8));
            out.add(r.unicodeString(12));
            out.add(r.pick("a", "b", "c"));
            out.add(r.weighted(new LinkedHashMap<>(Map.of("x", 1))));
            out.add(r.listOf(4, () -> r.intBetween(0, 9)));
            out.add(r.shuffled(List.of(1, 2, 3, 4)));
            out.add(r.fork().nextLong());
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameSequence() {
        assertThat(transcript(new SeededRandom(42))).isEqualTo(transcript(new SeededRandom(42)));
    }

    @Test
    void differentSeedsGiveDifferentSequences() {
        assertThat(transcript(new SeededRandom(1))).isNotEqualTo(transcript(new SeededRandom(2)));
    }

    @Test
    void sequenceIsPinnedAcrossJdks() {
        // SplittableRandom's algorithm is specified and the generators avoid JDK-version-dependent tables, so
        // these values are the same on JDK 17 and 25; a change here breaks every recorded replay seed.
        assertThat(new SeededRandom(0).nextLong()).isEqualTo(-2152535657050944081L);
        SeededRandom r = new SeededRandom(2024);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            sb.append(r.nextLong()).append(',').append(r.intBetween(-100, 100)).append(',')
                    .append(Double.doubleToRawLongBits(r.anyDouble())).append(',').append(r.unicodeString(16))
                    .append(',').append(r.identifier(6)).append(',')
                    .append(r.weighted(new LinkedHashMap<>(Map.of("a", 3)))).append(';');
        }
        assertThat(sb.toString().hashCode()).isEqualTo(145761761);
    }

    @Test
    void unicodeStringsAreWellFormedAndReachAstralAndCombiningCharacters() {
        SeededRandom r = new SeededRandom(12345);
        boolean astral = false;
        boolean combining = false;
        for (int i = 0; i < 500; i++) {
            String s = r.unicodeString(20);
            int[] cps = s.codePoints().toArray();
            assertThat(cps.length).isLessThanOrEqualTo(20);
            for (int j = 0; j < s.length(); j++) {
                char c = s.charAt(j);
                if (Character.isHighSurrogate(c)) {
                    assertThat(j + 1 < s.length() && Character.isLowSurrogate(s.charAt(j + 1))).as(s).isTrue();
                    j++;
                } else {
                    assertThat(Character.isLowSurrogate(c)).as("lone low surrogate in %s", s).isFalse();
                }
            }
            if (cps.length > 0) {
                assertThat(UnicodeClass.isCombining(cps[0])).as("starts with a combining mark").isFalse();
            }
            for (int cp : cps) {
                astral |= cp > 0xffff;
                combining |= cp >= 0x300 && cp <= 0x36f;
            }
        }
        assertThat(astral).isTrue();
        assertThat(combining).isTrue();
    }

    @Test
    void boundsAreInclusiveAndChecked() {
        SeededRandom r = new SeededRandom(3);
        boolean sawMin = false;
        boolean sawMax = false;
        for (int i = 0; i < 2000; i++) {
            int v = r.intBetween(-2, 2);
            assertThat(v).isBetween(-2, 2);
            sawMin |= v == -2;
            sawMax |= v == 2;
        }
        assertThat(sawMin && sawMax).isTrue();
        assertThat(r.intBetween(Integer.MIN_VALUE, Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
        assertThat(r.longBetween(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> r.intBetween(2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.pick(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weightedChoiceFollowsTheWeightsAndNeverPicksZero() {
        SeededRandom r = new SeededRandom(99);
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("rare", 1);
        weights.put("never", 0);
        weights.put("common", 9);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            counts.merge(r.weighted(weights), 1, Integer::sum);
        }
        assertThat(counts).doesNotContainKey("never");
        assertThat(counts.get("common")).isBetween(8_700, 9_300);
        assertThatThrownBy(() -> r.weighted(Map.of("a", 0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.weighted(Map.of("a", -1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneOfRunsTheChosenGenerator() {
        SeededRandom r = new SeededRandom(5);
        List<SeededRandom.Weighted<String>> choices = List.of(
                SeededRandom.Weighted.of(0, () -> "never"),
                SeededRandom.Weighted.of(1, () -> "only"));
        for (int i = 0; i < 50; i++) {
            assertThat(r.oneOf(choices)).isEqualTo("only");
        }
    }

    @Test
    void anyDoubleReachesTheSpecialValues() {
        SeededRandom r = new SeededRandom(11);
        boolean nan = false;
        boolean infinite = false;
        boolean negativeZero = false;
        for (int i = 0; i < 5000; i++) {
            double d = r.anyDouble();
            nan |= Double.isNaN(d);
            infinite |= Double.isInfinite(d);
            negativeZero |= Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(-0.0);
        }
        assertThat(nan && infinite && negativeZero).isTrue();
    }

    @Test
    void forksAreIndependentButDeterministic() {
        SeededRandom a = new SeededRandom(8);
        SeededRandom b = new SeededRandom(8);
        SeededRandom forkA = a.fork();
        SeededRandom forkB = b.fork();
        assertThat(forkA.seed()).isEqualTo(forkB.seed()).isNotEqualTo(8);
        assertThat(forkA.nextLong()).isEqualTo(forkB.nextLong());
        assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
}
