package io.vertiform.foundation.resilience;

import io.vertiform.foundation.config.ResilienceConfig;
import io.vertiform.foundation.error.ErrorCategory;
import io.vertiform.foundation.error.ResilienceException;
import io.vertx.circuitbreaker.CircuitBreaker;
import io.vertx.circuitbreaker.CircuitBreakerOptions;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.circuitbreaker.TimeoutException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Guards calls to one external tool (terraform, tofu, an oracle) with vertx-circuit-breaker plus
 * {@link Retry}: each attempt goes through the breaker; once the breaker opens, calls fail fast with
 * {@code resilience.circuit_open} (not retried) until its reset timeout lets a trial call through. A call
 * slower than the configured call timeout fails as {@code resilience.call_timeout} (retried).
 */
public final class ToolGuard {

    private final Vertx vertx;
    private final String name;
    private final CircuitBreaker breaker;
    private final RetryPolicy policy;
    private final DoubleSupplier random;

    private ToolGuard(Vertx vertx, String name, CircuitBreaker breaker, RetryPolicy policy, DoubleSupplier random) {
        this.vertx = vertx;
        this.name = name;
        this.breaker = breaker;
        this.policy = policy;
        this.random = random;
    }

    public static ToolGuard create(Vertx vertx, String name, ResilienceConfig config) {
        return create(vertx, name, config, RetryPolicy.from(config), () -> java.util.concurrent.ThreadLocalRandom
                .current().nextDouble());
    }

    public static ToolGuard create(Vertx vertx, String name, ResilienceConfig config, RetryPolicy policy,
                                   DoubleSupplier random) {
        CircuitBreakerOptions options = new CircuitBreakerOptions()
                .setMaxFailures(config.breakerMaxFailures())
                .setTimeout(config.callTimeout().isZero() ? -1 : config.callTimeout().toMillis())
                .setResetTimeout(config.breakerReset().toMillis())
                .setMaxRetries(0)
                // No periodic metrics on the event bus: nobody listens and it would keep a timer running.
                .setNotificationAddress(null);
        return new ToolGuard(vertx, name, CircuitBreaker.create(name, vertx, options), policy, random);
    }

    public <T> Future<T> call(Supplier<Future<T>> action) {
        return Retry.run(vertx, policy, () -> breaker.<T>execute(action).recover(this::translate), random);
    }

    private <T> Future<T> translate(Throwable failure) {
        if (failure instanceof OpenCircuitException) {
            return Future.failedFuture(new ResilienceException(ErrorCategory.UNAVAILABLE,
                    ResilienceException.CIRCUIT_OPEN, "Circuit open for " + name,
                    "too many recent failures; calls resume after the reset timeout", Map.of("tool", name),
                    failure));
        }
        if (failure instanceof TimeoutException) {
            return Future.failedFuture(new ResilienceException(ErrorCategory.TIMEOUT,
                    ResilienceException.CALL_TIMEOUT, "Call to " + name + " timed out", null, Map.of("tool", name),
                    failure));
        }
        return Future.failedFuture(failure);
    }

    public CircuitBreakerState state() {
        return breaker.state();
    }

    public String name() {
        return name;
    }

    public void close() {
        breaker.close();
    }
}
