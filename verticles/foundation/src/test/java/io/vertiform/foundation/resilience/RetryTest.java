package io.vertiform.foundation.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.foundation.config.ResilienceConfig;
import io.vertiform.foundation.error.ConfigException;
import io.vertiform.foundation.error.ErrorCategory;
import io.vertiform.foundation.error.ResilienceException;
import io.vertx.circuitbreaker.CircuitBreakerState;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RetryTest {

    static Vertx vertx;

    static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(20), 2.0, 0.0,
            RetryPolicy::transientFailure);

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static Throwable failureOf(Future<?> f) throws Exception {
        try {
            await(f);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("expected failure");
    }

    @Test
    void delaysGrowExponentiallyUpToTheCap() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000), 2.0, 0.0, e -> true);
        assertThat(p.delayBefore(1, () -> 0.5)).isEqualTo(Duration.ofMillis(100));
        assertThat(p.delayBefore(2, () -> 0.5)).isEqualTo(Duration.ofMillis(200));
        assertThat(p.delayBefore(4, () -> 0.5)).isEqualTo(Duration.ofMillis(800));
        assertThat(p.delayBefore(5, () -> 0.5)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jitterSpreadsWithinBounds() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(1000), 2.0, 0.2, e -> true);
        assertThat(p.delayBefore(1, () -> 0.0)).isEqualTo(Duration.ofMillis(80));
        assertThat(p.delayBefore(1, () -> 0.999999)).isEqualTo(Duration.ofMillis(120));
        assertThat(p.delayBefore(9, () -> 0.999999)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void succeedsAfterTransientFailures() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        String result = await(Retry.run(vertx, FAST, () -> calls.incrementAndGet() < 3
                ? Future.failedFuture(new RuntimeException("flaky")) : Future.succeededFuture("ok")));
        assertThat(result).isEqualTo("ok");
        assertThat(calls).hasValue(3);
    }

    @Test
    void givesUpAfterMaxAttemptsWithTheLastCause() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Throwable t = failureOf(Retry.run(vertx, FAST, () -> Future.failedFuture(
                new RuntimeException("down " + calls.incrementAndGet()))));
        assertThat(calls).hasValue(4);
        assertThat(t).isInstanceOf(ResilienceException.class);
        ResilienceException e = (ResilienceException) t;
        assertThat(e.code()).isEqualTo(ResilienceException.RETRIES_EXHAUSTED);
        assertThat(e.getCause()).hasMessage("down 4");
        assertThat(e.context()).containsEntry("attempts", 4);
    }

    @Test
    void permanentFailuresAreNotRetried() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ConfigException bad = ConfigException.missing("x.y", "hint");
        Throwable t = failureOf(Retry.run(vertx, FAST, () -> {
            calls.incrementAndGet();
            return Future.failedFuture(bad);
        }));
        assertThat(t).isSameAs(bad);
        assertThat(calls).hasValue(1);
    }

    @Test
    void thrownExceptionsCountAsFailures() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Throwable t = failureOf(Retry.run(vertx, FAST.withRetryable(e -> false), () -> {
            calls.incrementAndGet();
            throw new IllegalStateException("thrown");
        }));
        assertThat(t).hasMessage("thrown");
        assertThat(calls).hasValue(1);
    }

    @Test
    void breakerOpensAndFailsFastWithoutRetrying() throws Exception {
        ResilienceConfig config = new ResilienceConfig(2, Duration.ofMillis(1), Duration.ofMillis(5), 1.0, 0.0,
                Duration.ZERO, 3, Duration.ofSeconds(30));
        ToolGuard guard = ToolGuard.create(vertx, "terraform-test", config);
        try {
            AtomicInteger calls = new AtomicInteger();
            for (int i = 0; i < 2; i++) {
                failureOf(guard.call(() -> {
                    calls.incrementAndGet();
                    return Future.failedFuture(new RuntimeException("tool down"));
                }));
            }
            assertThat(calls).hasValue(3); // 2 + 1: the breaker opened on the third failure
            assertThat(guard.state()).isEqualTo(CircuitBreakerState.OPEN);
            Throwable t = failureOf(guard.call(() -> {
                calls.incrementAndGet();
                return Future.succeededFuture("never");
            }));
            assertThat(t).isInstanceOf(ResilienceException.class);
            assertThat(((ResilienceException) t).code()).isEqualTo(ResilienceException.CIRCUIT_OPEN);
            assertThat(((ResilienceException) t).category()).isEqualTo(ErrorCategory.UNAVAILABLE);
            assertThat(calls).hasValue(3);
        } finally {
            guard.close();
        }
    }

    @Test
    void slowCallsTimeOutAndAreRetried() throws Exception {
        ResilienceConfig config = new ResilienceConfig(2, Duration.ofMillis(1), Duration.ofMillis(5), 1.0, 0.0,
                Duration.ofMillis(50), 10, Duration.ofSeconds(30));
        ToolGuard guard = ToolGuard.create(vertx, "slow-tool", config);
        try {
            AtomicInteger calls = new AtomicInteger();
            String result = await(guard.call(() -> calls.incrementAndGet() == 1
                    ? Promise.<String>promise().future() : Future.succeededFuture("fast now")));
            assertThat(result).isEqualTo("fast now");
            assertThat(calls).hasValue(2);
            Throwable t = failureOf(guard.call(() -> Promise.<String>promise().future()));
            assertThat(t).isInstanceOf(ResilienceException.class);
            assertThat(t.getCause()).isInstanceOf(ResilienceException.class);
            assertThat(((ResilienceException) t.getCause()).code()).isEqualTo(ResilienceException.CALL_TIMEOUT);
        } finally {
            guard.close();
        }
    }

    @Test
    void policyFromConfig() {
        ResilienceConfig config = new ResilienceConfig(5, Duration.ofMillis(10), Duration.ofSeconds(1), 3.0, 0.1,
                Duration.ZERO, 5, Duration.ofSeconds(1));
        RetryPolicy p = RetryPolicy.from(config);
        assertThat(p.maxAttempts()).isEqualTo(5);
        assertThat(p.delayBefore(2, () -> 0.5)).isEqualTo(Duration.ofMillis(30));
        assertThat(p.retryable().test(new RuntimeException())).isTrue();
    }
}
