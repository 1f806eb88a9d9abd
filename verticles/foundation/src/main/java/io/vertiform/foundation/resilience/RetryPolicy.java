package io.vertiform.foundation.resilience;

import io.vertiform.foundation.config.ResilienceConfig;
import io.vertiform.foundation.error.ErrorCategory;
import io.vertiform.foundation.error.ResilienceException;
import io.vertiform.foundation.error.VertiformException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;

/**
 * Exponential backoff with jitter: the delay before retry {@code n} (1-based) is
 * {@code min(maxDelay, initialDelay * multiplier^(n-1))}, spread uniformly by {@code ±jitter} of itself and
 * capped at {@code maxDelay} again.
 *
 * @param maxAttempts  attempts in total, the first included
 * @param initialDelay delay before the first retry
 * @param maxDelay     cap on any delay
 * @param multiplier   growth per retry (at least 1)
 * @param jitter       fraction of random spread, 0 to 1
 * @param retryable    which failures are worth another attempt
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier, double jitter,
                          Predicate<Throwable> retryable) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (multiplier < 1.0 || jitter < 0.0 || jitter > 1.0) {
            throw new IllegalArgumentException("need multiplier >= 1 and 0 <= jitter <= 1");
        }
        Objects.requireNonNull(retryable, "retryable");
    }

    public static RetryPolicy from(ResilienceConfig config) {
        return new RetryPolicy(config.maxAttempts(), config.initialBackoff(), config.maxBackoff(),
                config.multiplier(), config.jitter(), RetryPolicy::transientFailure);
    }

    /**
     * The default test: retry unless the error is a Vertiform error that another attempt cannot fix (bad
     * input, not found, conflict, a provider's diagnostic) or an open circuit.
     */
    public static boolean transientFailure(Throwable error) {
        if (error instanceof ResilienceException r && ResilienceException.CIRCUIT_OPEN.equals(r.code())) {
            return false;
        }
        if (error instanceof VertiformException v) {
            ErrorCategory c = v.category();
            return c != ErrorCategory.INVALID && c != ErrorCategory.NOT_FOUND && c != ErrorCategory.CONFLICT
                    && c != ErrorCategory.PROVIDER;
        }
        return true;
    }

    public RetryPolicy withRetryable(Predicate<Throwable> test) {
        return new RetryPolicy(maxAttempts, initialDelay, maxDelay, multiplier, jitter, test);
    }

    /** Delay before retry number {@code retry} (1 for the first retry); {@code random} yields [0, 1). */
    public Duration delayBefore(int retry, DoubleSupplier random) {
        double base = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        double capped = Math.min(base, maxDelay.toMillis());
        double spread = capped * jitter * (2 * random.getAsDouble() - 1);
        double delay = Math.max(0, Math.min(capped + spread, maxDelay.toMillis()));
        return Duration.ofMillis(Math.round(delay));
    }
}
