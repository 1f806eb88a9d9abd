package io.vertiform.rpc.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.msgpack.MsgpackCodec;
import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plugin client launching real plugin processes ({@link ClientTestPluginMain}) as Terraform does. */
class PluginClientLaunchTest {

    private static final Duration LAUNCH = Duration.ofSeconds(90);
    private static final CtyType THING = CtyType.object(Map.of("id", CtyType.STRING));

    private Vertx vertx;
    private final List<String> stderr = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stop() {
        Await.result(vertx.close(), Duration.ofSeconds(20));
    }

    private PluginClientOptions options(String mode) {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ClientTestPluginMain.class.getName(), mode);
        return PluginClientOptions.of(command).withStderr(stderr::add).withStartTimeout(Duration.ofSeconds(60));
    }

    @ParameterizedTest(name = "offering {0} negotiates {1}")
    @CsvSource({"5,5", "6,6", "'5,6',6"})
    void launchesCallsAndShutsDown(String offered, int expected) {
        Set<Integer> versions = new java.util.TreeSet<>();
        for (String v : offered.split(",")) {
            versions.add(Integer.parseInt(v));
        }
        PluginClient client = Await.result(PluginClient.launch(vertx, options("echo").withProtocols(versions)), LAUNCH);
        assertThat(client.protocol()).isEqualTo(expected);
        assertThat(client.handshake().certificate()).as("AutoMTLS").isNotNull();
        assertThat(stderr).as("the plugin's stderr reaches the sink").contains("echo plugin starting");

        assertThat(Await.result(client.getProviderSchema(new GetProviderSchema.Request())).diagnostics()).isEmpty();
        DynamicValue v = DynamicValue.msgpack(MsgpackCodec.marshal(CtyValue.objectVal(Map.of("id",
                CtyValue.unknownVal(CtyType.STRING))), THING));
        PlanResourceChange.Response plan = Await.result(client.planResourceChange(new PlanResourceChange.Request(
                "vf_echo", DynamicValue.msgpack(MsgpackCodec.marshal(CtyValue.nullVal(THING), THING)), v, v,
                new byte[] {7}, null, ClientCapabilities.NONE, null, null)));
        assertThat(MsgpackCodec.unmarshal(plan.plannedState().msgpack(), THING).getAttr("id").isKnown()).isFalse();
        assertThat(plan.plannedPrivate()).containsExactly(7);

        Process process = client.process().orElseThrow();
        long started = System.nanoTime();
        Await.result(client.close(), Duration.ofSeconds(20));
        assertThat(process.isAlive()).isFalse();
        assertThat(process.exitValue()).as("Shutdown, not a kill").isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PluginClientOptions.DEFAULT_SHUTDOWN_GRACE);
    }

    @Test
    void aWrongCookieEndsThePluginBeforeTheHandshake() {
        Throwable failure = Await.failure(PluginClient.launch(vertx, options("echo")
                .withEnvironment(Map.of(MagicCookie.KEY, "wrong"))), LAUNCH);
        assertThat(failure).isInstanceOf(PluginClientException.class)
                .hasMessageContaining("plugin exited before we could connect (exit code 1)")
                .hasMessageContaining("not meant to be run directly");
    }

    @Test
    void anExitWithoutHandshakeIsReportedWithItsStderr() {
        Throwable failure = Await.failure(PluginClient.launch(vertx, options("exit")), LAUNCH);
        assertThat(failure).isInstanceOf(PluginClientException.class)
                .hasMessageContaining("exit code 3").hasMessageContaining("cannot read configuration");
    }

    @Test
    void aLineThatIsNoHandshakeIsRefusedAndThePluginKilled() throws Exception {
        Throwable failure = Await.failure(PluginClient.launch(vertx, options("garbage")), LAUNCH);
        assertThat(failure).isInstanceOf(PluginClientException.class)
                .hasMessageContaining("Unrecognized remote plugin message: Picked up JAVA_TOOL_OPTIONS");
        assertNoChildRunning("garbage");
    }

    @Test
    void aSilentPluginTimesOutAndIsKilled() throws Exception {
        long started = System.nanoTime();
        Throwable failure = Await.failure(PluginClient.launch(vertx, options("silent")
                .withStartTimeout(Duration.ofSeconds(3))), LAUNCH);
        assertThat(failure).isInstanceOf(PluginClientException.class)
                .hasMessageContaining("timeout while waiting for plugin to start");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertNoChildRunning("silent");
    }

    /** A killed process may take a moment to disappear. */
    private static void assertNoChildRunning(String mode) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        List<ProcessHandle> left;
        do {
            left = ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().commandLine().orElse("").endsWith(" " + mode)).toList();
            if (left.isEmpty()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        } while (System.nanoTime() < deadline);
        assertThat(left).as("plugin processes still running").isEmpty();
    }
}
