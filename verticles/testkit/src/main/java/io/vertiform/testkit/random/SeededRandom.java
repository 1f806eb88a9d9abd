package io.vertiform.testkit.random;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Deterministic random generator for property-style tests: the same seed yields the same sequence on
 * every JDK (it is backed by {@link SplittableRandom}, whose algorithm is specified).
 *
 * <p>Not thread-safe; {@link #fork()} gives an independent generator for another thread.
 */
public final class SeededRandom {
    private final long seed;
    private final SplittableRandom random;

    public SeededRandom(long seed) {
        this(seed, new SplittableRandom(seed));
    }

    private SeededRandom(long seed, SplittableRandom random) {
        this.seed = seed;
        this.random = random;
    }

    /** The seed this generator started from. */
    public long seed() {
        return seed;
    }

    /** An independent generator whose sequence is itself determined by this one's. */
    public SeededRandom fork() {
        long childSeed = random.nextLong();
        return new SeededRandom(childSeed, new SplittableRandom(childSeed));
    }

    public int nextInt() {
        return random.nextInt();
    }

    /** Uniform in {@code [0, bound)}. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in {@code [min, max]}, both inclusive. */
    public int intBetween(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min > max: " + min + " > " + max);
        }
        return (int) longBetween(min, max);
    }

    public long nextLong() {
        return random.nextLong();
    }

    /** Uniform in {@code [min, max]}, both inclusive. */
    public long longBetween(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("min > max: " + min + " > " + max);
        }
        if (max == Long.MAX_VALUE) {
            // max + 1 would overflow: shift the half-open range down by one instead
            return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
        }
        return random.nextLong(min, max + 1);
    }

    /** Uniform in {@code [0, 1)}. */
    public double nextDouble() {
        return random.nextDouble();
    }

    /** Uniform in {@code [min, max)}. */
    public double doubleBetween(double min, double max) {
        return random.nextDouble(min, max);
    }

    /**
     * Any double, including the values that break code: ±0, ±infinity, NaN, subnormals, extremes; plain
     * finite values otherwise.
     */
    public double anyDouble() {
        return switch (random.nextInt(12)) {
            case 0 -> pick(0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
                    Double.MIN_NORMAL, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN);
            case 1 -> Double.longBitsToDouble(random.nextLong());
            default -> (random.nextDouble() - 0.5) * StrictMath.pow(10, random.nextInt(-10, 11));
        };
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** True with the given probability. */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    public byte[] bytes(int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return out;
    }

    /** Printable ASCII, length in {@code [0, maxLength]}. */
    public String asciiString(int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append((char) random.nextInt(0x20, 0x7f));
        }
        return sb.toString();
    }

    /** Letters and digits starting with a letter, like an identifier; length in {@code [1, maxLength]}. */
    public String identifier(int maxLength) {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        String rest = letters + "0123456789_";
        int length = intBetween(1, Math.max(1, maxLength));
        StringBuilder sb = new StringBuilder(length).append(letters.charAt(random.nextInt(letters.length())));
        for (int i = 1; i < length; i++) {
            sb.append(rest.charAt(random.nextInt(rest.length())));
        }
        return sb.toString();
    }

    /**
     * Well-formed Unicode text of up to {@code maxCodePoints} code points, mixing ASCII, Latin-1, other BMP
     * scripts, astral characters (emoji, musical symbols, CJK extension B), combining marks stacked on a base
     * character, zero-width joiners and variation selectors. Never contains unpaired surrogates.
     */
    public String unicodeString(int maxCodePoints) {
        int target = random.nextInt(maxCodePoints + 1);
        StringBuilder sb = new StringBuilder(target * 2);
        int count = 0;
        while (count < target) {
            int cp = UnicodeClass.pickCodePoint(this);
            if (UnicodeClass.isCombining(cp) && count == 0) {
                cp = 'a';
            }
            sb.appendCodePoint(cp);
            count++;
        }
        return sb.toString();
    }

    /** One code point from {@link #unicodeString}'s mix; never a surrogate. */
    public int codePoint() {
        return UnicodeClass.pickCodePoint(this);
    }

    @SafeVarargs
    public final <T> T pick(T... options) {
        if (options.length == 0) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return options[random.nextInt(options.length)];
    }

    public <T> T pick(List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return options.get(random.nextInt(options.size()));
    }

    /**
     * Picks a key with probability proportional to its weight. Iteration order of the map decides which
     * key a given draw lands on, so pass an ordered map (e.g. {@code LinkedHashMap}) for replayable runs.
     */
    public <T> T weighted(Map<T, Integer> weights) {
        long total = 0;
        for (Map.Entry<T, Integer> e : weights.entrySet()) {
            int w = Objects.requireNonNull(e.getValue(), "weight");
            if (w < 0) {
                throw new IllegalArgumentException("negative weight for " + e.getKey());
            }
            total += w;
        }
        if (total == 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        long draw = random.nextLong(total);
        for (Map.Entry<T, Integer> e : weights.entrySet()) {
            draw -= e.getValue();
            if (draw < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("unreachable: weights changed while picking");
    }

    /** Chooses one of the generators by weight and runs it. */
    public <T> T oneOf(List<Weighted<T>> choices) {
        long total = 0;
        for (Weighted<T> c : choices) {
            total += c.weight();
        }
        if (total == 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
        long draw = random.nextLong(total);
        for (Weighted<T> c : choices) {
            draw -= c.weight();
            if (draw < 0) {
                return c.generator().get();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A list of {@code [0, maxSize]} elements. */
    public <T> List<T> listOf(int maxSize, Supplier<T> element) {
        int size = random.nextInt(maxSize + 1);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(element.get());
        }
        return out;
    }

    /** A shuffled copy (Fisher-Yates with this generator). */
    public <T> List<T> shuffled(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy;
    }

    /** A generator with a weight, for {@link #oneOf}. */
    public record Weighted<T>(int weight, Supplier<T> generator) {
        public Weighted {
            if (weight < 0) {
                throw new IllegalArgumentException("negative weight " + weight);
            }
            Objects.requireNonNull(generator, "generator");
        }

        public static <T> Weighted<T> of(int weight, Supplier<T> generator) {
            return new Weighted<>(weight, generator);
        }
    }

    @Override
    public String toString() {
        return "SeededRandom[seed=" + seed + "]";
    }
}
