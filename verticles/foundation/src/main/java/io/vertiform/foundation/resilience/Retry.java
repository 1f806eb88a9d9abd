package io.vertiform.foundation.resilience;

import io.vertiform.foundation.error.ErrorCategory;
import io.vertiform.foundation.error.ResilienceException;
import io.vertiform.foundation.log.ErrorText;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Runs an asynchronous action until it succeeds, a failure is not retryable, or the attempts run out.
 * Waits use Vert.x timers, never a sleeping thread. A non-retryable failure is returned as is; running out
 * of attempts fails with {@link ResilienceException} {@code resilience.retries_exhausted} whose cause is
 * the last failure.
 */
public final class Retry {

    private static final VertiformLogger LOG = Logs.logger("resilience");

    private Retry() {
    }

    public static <T> Future<T> run(Vertx vertx, RetryPolicy policy, Supplier<Future<T>> action) {
        return run(vertx, policy, action, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** As {@link #run(Vertx, RetryPolicy, Supplier)} with a chosen random source (tests make it fixed). */
    public static <T> Future<T> run(Vertx vertx, RetryPolicy policy, Supplier<Future<T>> action,
                                    DoubleSupplier random) {
        Promise<T> promise = Promise.promise();
        attempt(vertx, policy, action, random, 1, promise);
        return promise.future();
    }

    private static <T> void attempt(Vertx vertx, RetryPolicy policy, Supplier<Future<T>> action,
                                    DoubleSupplier random, int number, Promise<T> promise) {
        Future<T> future;
        try {
            future = action.get();
        } catch (RuntimeException thrown) {
            future = Future.failedFuture(thrown);
        }
        future.onComplete(ar -> {
            if (ar.succeeded()) {
                promise.complete(ar.result());
                return;
            }
            Throwable failure = ar.cause();
            if (!policy.retryable().test(failure)) {
                promise.fail(failure);
                return;
            }
            if (number >= policy.maxAttempts()) {
                promise.fail(new ResilienceException(ErrorCategory.UNAVAILABLE, ResilienceException.RETRIES_EXHAUSTED,
                        "Gave up after " + number + (number == 1 ? " attempt" : " attempts"),
                        ErrorText.of(failure), Map.of("attempts", number), failure));
                return;
            }
            Duration delay = policy.delayBefore(number, random);
            LOG.debug("retrying", "action", "retry", "attempt", number + 1, "delay_ms", delay.toMillis(),
                    "error", failure);
            vertx.setTimer(Math.max(1, delay.toMillis()),
                    id -> attempt(vertx, policy, action, random, number + 1, promise));
        });
    }
}
