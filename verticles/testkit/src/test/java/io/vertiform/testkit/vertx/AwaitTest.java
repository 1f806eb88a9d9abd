package io.vertiform.testkit.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AwaitTest {

    @Test
    void resultReturnsTheValue() {
        assertThat(Await.result(Future.succeededFuture("x"))).isEqualTo("x");
    }

    @Test
    void resultOfAFailureIsAnAssertionErrorCarryingTheCause() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> Await.result(Future.failedFuture(boom)))
                .isInstanceOf(AssertionError.class).hasCause(boom);
    }

    @Test
    void failureReturnsTheCauseAndRejectsSuccess() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThat(Await.failure(Future.failedFuture(boom))).isSameAs(boom);
        assertThatThrownBy(() -> Await.failure(Future.succeededFuture(1)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("succeeded with 1");
    }

    @Test
    void aFutureThatNeverCompletesTimesOut() {
        Promise<String> never = Promise.promise();
        assertThatThrownBy(() -> Await.result(never.future(), Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("did not complete");
    }
}
