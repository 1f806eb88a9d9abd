package io.vertiform.foundation.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.util.internal.logging.InternalLoggerFactory;
import io.vertiform.foundation.log.bridge.LoggingBridges;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The global pipeline: nothing on stdout, library logging bridged, taps. */
class LogsTest {

    private PrintStream realOut;
    private PrintStream realErr;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void captureStdStreams() {
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
        System.setErr(realErr);
        Logs.configure(LogSettings.console(Level.INFO, false, true));
    }

    private void logEverything(VertiformLogger log) {
        for (Level level : Level.values()) {
            log.log(level, "message at " + level, "k", "v", new RuntimeException("with error"));
        }
        log.with("session", 1).named("child").info("child message");
        java.util.logging.Logger.getLogger("com.hazelcast.test").warning("hazelcast says hi");
        java.util.logging.Logger.getLogger("io.vertx.core.test").severe("vertx says hi");
        InternalLoggerFactory.getInstance("io.netty.test").error("netty says hi");
        io.vertx.core.internal.logging.LoggerFactory.getLogger("io.vertx.test.internal").error("vertx internal");
    }

    @Test
    void pluginModeWritesHclogJsonToStderrOnly() throws Exception {
        Logs.configure(LogSettings.plugin(Map.of("TF_LOG", "trace")));
        logEverything(Logs.logger("provider"));

        assertThat(out.size()).as("stdout must stay empty: %s", out).isZero();
        String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
        ObjectMapper json = new ObjectMapper();
        int vertx = 0;
        int hazelcast = 0;
        int netty = 0;
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("@timestamp").asText()).matches(HclogJsonRendererTest.GO_TIMESTAMP);
            String module = node.path("@module").asText();
            String message = node.path("@message").asText();
            if (!message.endsWith("says hi") && !message.equals("vertx internal")) {
                continue;
            }
            vertx += module.equals("vertx") ? 1 : 0;
            hazelcast += module.equals("hazelcast") ? 1 : 0;
            netty += module.equals("netty") ? 1 : 0;
        }
        assertThat(lines.length).isGreaterThanOrEqualTo(5 + 1 + 4);
        assertThat(vertx).isEqualTo(2);
        assertThat(hazelcast).isEqualTo(1);
        assertThat(netty).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("\"@module\":\"provider.child\"", "\"session\":1");
    }

    @Test
    void consoleModeWritesToStderrOnly() {
        Logs.configure(LogSettings.console(Level.TRACE, true, true));
        logEverything(Logs.logger("cli"));
        assertThat(out.size()).as("stdout must stay empty: %s", out).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("message at ERROR", "netty says hi");
    }

    @Test
    void aRealVertxInstanceLogsNothingToStdout() throws Exception {
        Logs.configure(LogSettings.plugin(Map.of("TF_LOG", "trace")));
        Vertx vertx = Vertx.vertx();
        vertx.deployVerticle(new io.vertx.core.VerticleBase() { })
                .compose(id -> vertx.undeploy(id)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(out.size()).as("stdout must stay empty: %s", out).isZero();
    }

    @Test
    void levelFiltersBeforeRendering() {
        Logs.configure(LogSettings.plugin(Map.of("TF_LOG", "warn")));
        VertiformLogger log = Logs.logger("p");
        log.info("hidden");
        log.warn("shown");
        assertThat(log.enabled(Level.INFO)).isFalse();
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("shown").doesNotContain("hidden");
        assertThat(LoggingBridges.isInstalled()).isTrue();
        assertThat(java.util.logging.Logger.getLogger("").getLevel()).isEqualTo(java.util.logging.Level.WARNING);
    }

    @Test
    void loggersTakenBeforeConfigureFollowIt() {
        VertiformLogger early = Logs.logger("early");
        Logs.configure(LogSettings.plugin(Map.of("TF_LOG", "info")));
        early.info("after configure");
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("{\"@level\":\"info\"");
    }

    @Test
    void tapsSeeEventsBelowThePipelineLevel() {
        Logs.configure(LogSettings.plugin(Map.of("TF_LOG", "error")));
        CapturingSink captured = new CapturingSink();
        try (Logs.Tap tap = Logs.tap(Level.DEBUG, captured)) {
            Logs.logger("t").debug("for the tap", "n", 1);
            Logs.logger("t").trace("below the tap");
        }
        Logs.logger("t").info("after close");
        assertThat(captured.events()).extracting(LogEvent::message).containsExactly("for the tap");
        assertThat(captured.events().get(0).fields()).containsEntry("n", 1);
        assertThat(err.size()).isZero();
    }

    @Test
    void separatePipelinesHaveSeparateEnvironments() {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        LogPipeline one = LogPipeline.create(LogSettings.plugin(Map.of("TF_LOG", "debug")).withStream(() -> a));
        LogPipeline two = LogPipeline.create(LogSettings.plugin(Map.of("TF_LOG", "error")).withStream(() -> b));
        one.logger("s1").debug("one");
        two.logger("s2").debug("two");
        assertThat(a.toString(StandardCharsets.UTF_8)).contains("\"one\"");
        assertThat(b.size()).isZero();
        assertThat(out.size()).isZero();
    }
}
