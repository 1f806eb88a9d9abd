package io.vertiform.foundation.config;

import java.time.Duration;

/**
 * The {@code resilience.*} keys, defaults for guarded tool calls.
 *
 * @param maxAttempts        attempts per call, the first included ({@code resilience.max_attempts})
 * @param initialBackoff     delay before the first retry ({@code resilience.initial_backoff})
 * @param maxBackoff         cap on any delay ({@code resilience.max_backoff})
 * @param multiplier         growth of the delay per retry ({@code resilience.multiplier})
 * @param jitter             random spread as a fraction of the delay, 0 to 1 ({@code resilience.jitter})
 * @param callTimeout        per-attempt timeout enforced by the breaker; 0 disables ({@code resilience.call_timeout})
 * @param breakerMaxFailures failures that open the circuit ({@code resilience.breaker_max_failures})
 * @param breakerReset       time an open circuit waits before trying again ({@code resilience.breaker_reset})
 */
public record ResilienceConfig(int maxAttempts, Duration initialBackoff, Duration maxBackoff, double multiplier,
                               double jitter, Duration callTimeout, int breakerMaxFailures, Duration breakerReset) {

    public static ResilienceConfig from(ConfigSnapshot config) {
        return new ResilienceConfig(
                (int) config.integer(ConfigKeys.RESILIENCE_MAX_ATTEMPTS, 1, 100),
                config.duration(ConfigKeys.RESILIENCE_INITIAL_BACKOFF),
                config.duration(ConfigKeys.RESILIENCE_MAX_BACKOFF),
                config.decimal(ConfigKeys.RESILIENCE_MULTIPLIER, 1.0, 100.0),
                config.decimal(ConfigKeys.RESILIENCE_JITTER, 0.0, 1.0),
                config.duration(ConfigKeys.RESILIENCE_CALL_TIMEOUT),
                (int) config.integer(ConfigKeys.RESILIENCE_BREAKER_MAX_FAILURES, 1, 1_000_000),
                config.duration(ConfigKeys.RESILIENCE_BREAKER_RESET));
    }
}
