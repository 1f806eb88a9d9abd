package io.vertiform.testkit.vertx;

import io.vertx.core.Future;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Blocks a test thread on a Vert.x future with a deadline. Never call it on an event loop: the future
 * would wait for the very thread that is blocked.
 */
public final class Await {
    /** Long enough for a cold clustered start on a loaded 2-core machine, short enough to fail a hung test. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private Await() {
    }

    public static <T> T result(Future<T> future) {
        return result(future, DEFAULT_TIMEOUT);
    }

    /** The value, or an {@link AssertionError} carrying the failure or the timeout. */
    public static <T> T result(Future<T> future, Duration timeout) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("future failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("future did not complete within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    public static Throwable failure(Future<?> future) {
        return failure(future, DEFAULT_TIMEOUT);
    }

    /** The failure cause, or an {@link AssertionError} when the future succeeded or timed out. */
    public static Throwable failure(Future<?> future, Duration timeout) {
        try {
            Object value = future.toCompletionStage().toCompletableFuture().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            throw new AssertionError("expected a failure but the future succeeded with " + value);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            throw new AssertionError("future did not complete within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
