package io.vertiform.testkit.random;

import java.security.SecureRandom;
import java.util.function.Function;

/**
 * Where the run's base seed comes from: {@value #PROPERTY} system property, then {@value #ENV} environment
 * variable, else a fresh random seed (printed on failure so the run can be replayed).
 */
final class SeedSource {
    static final String PROPERTY = "vertiform.seed";
    static final String ENV = "VERTIFORM_SEED";

    /** The random fallback is drawn once per JVM so every test of a run derives from the same base. */
    private static final long RANDOM_BASE = new SecureRandom().nextLong();

    record BaseSeed(long value, String origin) {
    }

    private SeedSource() {
    }

    /** Read on every call, so a test can replay with a property set at run time. */
    static BaseSeed runSeed() {
        return resolve(System::getProperty, System::getenv);
    }

    static BaseSeed resolve(Function<String, String> properties, Function<String, String> environment) {
        String fromProperty = properties.apply(PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return new BaseSeed(parse(fromProperty, "-D" + PROPERTY), "-D" + PROPERTY);
        }
        String fromEnv = environment.apply(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new BaseSeed(parse(fromEnv, ENV), ENV);
        }
        return new BaseSeed(RANDOM_BASE, "random");
    }

    /** Accepts decimal, and negative values as printed by {@link Long#toString}. */
    static long parse(String text, String origin) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(origin + " must be a 64-bit integer, got '" + text + "'", e);
        }
    }

    /**
     * The seed of one test: the base seed mixed with the test's unique id, so tests differ from each other
     * but each is reproduced exactly from the base seed. SplitMix64's finalizer spreads the bits.
     */
    static long derive(long base, String uniqueId) {
        long z = base + 0x9E3779B97F4A7C15L * (uniqueId.hashCode() + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
