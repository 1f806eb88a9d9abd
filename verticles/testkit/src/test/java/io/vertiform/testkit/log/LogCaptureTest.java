package io.vertiform.testkit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.foundation.log.Level;
import io.vertiform.foundation.log.Logs;
import io.vertiform.foundation.log.VertiformLogger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LogCaptureTest {
    private final VertiformLogger log = Logs.logger("testkit.capture");

    @Test
    void capturesFromTheGivenLevelUpAndStopsWhenClosed() {
        LogCapture capture = LogCapture.start(Level.INFO);
        log.debug("below");
        log.info("kept", "k", 1);
        log.named("child").warn("child kept");
        capture.close();
        log.error("after close");
        assertThat(capture.module("testkit.capture")).extracting(e -> e.message())
                .containsExactly("kept", "child kept");
        assertThat(capture.contains("below")).isFalse();
        assertThat(capture.contains("after close")).isFalse();
    }

    @Test
    void capturesTraceEvenWhenThePipelineRendersLess() {
        try (LogCapture capture = LogCapture.start()) {
            log.trace("fine detail");
            assertThat(capture.await(e -> e.message().equals("fine detail"), Duration.ofSeconds(1)).level())
                    .isEqualTo(Level.TRACE);
        }
    }

    @Test
    void awaitGivesUpWithTheCapturedEventsInTheMessage() {
        try (LogCapture capture = LogCapture.start()) {
            log.info("something else");
            assertThatThrownBy(() -> capture.await(e -> e.message().equals("never"), Duration.ofMillis(50)))
                    .isInstanceOf(AssertionError.class).hasMessageContaining("something else");
        }
    }
}
