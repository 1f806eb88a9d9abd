package io.vertiform.rpc.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.contracts.provider.DescribeSession;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.contracts.provider.SessionEnded;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.eventbus.ReplyException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class SessionDirectoryTest extends SessionTestBase {

    @Test
    void twoSessionsInOneJvmEachDescribeTheirOwnLaunchEnvironment() {
        Map<String, String> envA = new HashMap<>(env("6", "tcp"));
        envA.put("VERTIFORM_PRIVATE_STATE_SECRET", "secret-a");
        Map<String, String> envB = new HashMap<>(env("6", "tcp"));
        envB.put("VERTIFORM_PRIVATE_STATE_SECRET", "secret-b");
        PluginSession a = start(envA);
        PluginSession b = start(envB);

        // Ask several times: whichever session's consumer the bus picks must answer for the session asked about.
        for (int i = 0; i < 6; i++) {
            assertThat(describe(a.id()).environment()).containsEntry("VERTIFORM_PRIVATE_STATE_SECRET", "secret-a");
            assertThat(describe(b.id()).environment()).containsEntry("VERTIFORM_PRIVATE_STATE_SECRET", "secret-b");
        }
        assertThat(describe(a.id()).workingDirectory()).isEqualTo(System.getProperty("user.dir"));
    }

    @Test
    void aClosedSessionIsNoLongerDescribed() {
        PluginSession a = start(env("6", "tcp"));
        PluginSession b = start(env("6", "tcp"));
        Await.result(a.close(), Duration.ofSeconds(10));

        assertThatThrownBy(() -> describe(a.id()))
                .hasRootCauseInstanceOf(ReplyException.class)
                .hasMessageContaining("no plugin session " + a.id());
        assertThat(describe(b.id()).environment()).isNotEmpty();
    }

    @Test
    void closingASessionAnnouncesItsEndToComponents() {
        PluginSession a = start(env("6", "tcp"));
        List<String> ended = new CopyOnWriteArrayList<>();
        vertx.eventBus().<String>localConsumer(SessionEnded.ADDRESS,
                m -> ended.add(m.body() + "|" + m.headers().get(ProviderHeaders.SESSION)));
        Await.result(a.close(), Duration.ofSeconds(10));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (ended.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(ended).containsExactly(a.id() + "|" + a.id());
    }

    private DescribeSession.Response describe(String sessionId) {
        return Await.result(vertx.eventBus().<DescribeSession.Response>request(DescribeSession.ADDRESS,
                new DescribeSession.Request(sessionId)), Duration.ofSeconds(5)).body();
    }
}
