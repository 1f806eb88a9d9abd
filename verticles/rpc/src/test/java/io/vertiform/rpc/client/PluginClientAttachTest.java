package io.vertiform.rpc.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ApplyResourceChange;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.ListResource;
import io.vertiform.contracts.provider.LockState;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ReadResource;
import io.vertiform.contracts.provider.ResourceIdentityData;
import io.vertiform.contracts.provider.ValidateResourceConfig;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.msgpack.MsgpackCodec;
import io.vertiform.rpc.client.mapping.RpcTable;
import io.vertiform.rpc.client.mapping.UnsupportedProtocolException;
import io.vertiform.rpc.echo.EchoResource;
import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.session.PluginSession;
import io.vertiform.rpc.session.PluginSessionOptions;
import io.vertiform.rpc.tls.SelfSignedCertificate;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plugin client attached to an in-process plugin session serving the echo resource. */
class PluginClientAttachTest {

    private static final CtyType THING = CtyType.object(Map.of("id", CtyType.STRING, "tags",
            CtyType.list(CtyType.object(Map.of("key", CtyType.STRING, "value", CtyType.NUMBER)))));

    private Vertx vertx;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        MessageCodecs.registerAll(vertx);
        Await.result(vertx.deployVerticle(new EchoResource("vf_echo")));
    }

    @AfterEach
    void stop() {
        Await.result(vertx.close(), Duration.ofSeconds(20));
    }

    private record Attached(PluginSession session, PluginClient client) {
    }

    private Attached attach(int protocol, String transport, boolean tls) {
        SelfSignedCertificate cert = tls ? Await.result(vertx.executeBlocking(ClientTls::newCertificate)) : null;
        Map<String, String> env = new HashMap<>(HostEnvironment.of(Set.of(protocol), cert));
        env.put(PluginEnvironment.TRANSPORT, transport);
        PluginSession session = Await.result(PluginSession.start(vertx, PluginSessionOptions.of(env)));
        PluginClient client = Await.result(PluginClient.attach(vertx, session.handshake().format(), Set.of(protocol),
                cert));
        return new Attached(session, client);
    }

    private static DynamicValue msgpack(CtyValue v) {
        return DynamicValue.msgpack(MsgpackCodec.marshal(v, THING));
    }

    private static CtyValue decode(DynamicValue v) {
        return MsgpackCodec.unmarshal(v.msgpack(), THING);
    }

    @ParameterizedTest(name = "protocol {0} over {1}, tls {2}")
    @CsvSource({"5,tcp,true", "6,tcp,true", "5,unix,true", "6,unix,true", "6,tcp,false"})
    void recordsTravelBothWays(int protocol, String transport, boolean tls) {
        Attached a = attach(protocol, transport, tls);
        PluginClient client = a.client();
        assertThat(client.protocol()).isEqualTo(protocol);

        GetProviderSchema.Response schema = Await.result(client.getProviderSchema(new GetProviderSchema.Request()));
        assertThat(schema.resourceSchemas()).as("the echo resource has no schema handler").isEmpty();

        CtyValue proposed = CtyValue.objectVal(Map.of("id", CtyValue.unknownVal(CtyType.STRING), "tags",
                CtyValue.listVal(java.util.List.of(CtyValue.objectVal(Map.of("key", CtyValue.stringVal("a"),
                        "value", CtyValue.unknownVal(CtyType.NUMBER)))))));
        byte[] secret = {0, 1, 2, (byte) 0xff};
        ResourceIdentityData identity = new ResourceIdentityData(msgpack(CtyValue.nullVal(THING)));
        PlanResourceChange.Response plan = Await.result(client.planResourceChange(new PlanResourceChange.Request(
                "vf_echo", msgpack(CtyValue.nullVal(THING)), msgpack(proposed), msgpack(proposed), secret, null,
                new ClientCapabilities(true, true, false, false), identity, null)));
        assertThat(plan.diagnostics()).isEmpty();
        assertThat(decode(plan.plannedState())).as("unknowns in nested blocks survive").isEqualTo(proposed);
        assertThat(plan.plannedPrivate()).isEqualTo(secret);
        assertThat(plan.plannedIdentity()).isNotNull();

        CtyValue known = CtyValue.objectVal(Map.of("id", CtyValue.stringVal("x"), "tags",
                CtyValue.listValEmpty(THING.attributeType("tags").elementType())));
        ApplyResourceChange.Response applied = Await.result(client.applyResourceChange(new ApplyResourceChange.Request(
                "vf_echo", msgpack(CtyValue.nullVal(THING)), msgpack(known), msgpack(known), secret, null, null)));
        assertThat(decode(applied.newState())).isEqualTo(known);
        assertThat(applied.privateData()).isEqualTo(secret);

        ReadResource.Response read = Await.result(client.readResource(new ReadResource.Request("vf_echo",
                applied.newState(), applied.privateData(), null, ClientCapabilities.NONE, null)));
        assertThat(decode(read.newState())).isEqualTo(known);

        ValidateResourceConfig.Response unknownType = Await.result(client.validateResourceConfig(
                new ValidateResourceConfig.Request("vf_missing", msgpack(known), ClientCapabilities.NONE)));
        assertThat(unknownType.diagnostics()).singleElement().extracting(Diagnostic::summary).asString()
                .contains("Unsupported resource type");

        java.util.List<ListResource.Event> listed = Await.result(client.listResource(
                new ListResource.Request("vf_nolist", msgpack(known), false, 10)));
        assertThat(listed).as("a server stream, collected").singleElement().satisfies(e ->
                assertThat(e.diagnostics()).singleElement().extracting(Diagnostic::summary).asString()
                        .contains("Unsupported list resource type"));

        Await.result(client.close(), Duration.ofSeconds(10));
        Await.result(a.session().closed(), Duration.ofSeconds(10));
    }

    @ParameterizedTest(name = "protocol {0}")
    @CsvSource({"5", "6"})
    void dynamicSendPicksTheRpcFromTheRecord(int protocol) {
        PluginClient client = attach(protocol, "tcp", true).client();
        Object answer = Await.result(client.send(new GetProviderSchema.Request(), Duration.ofSeconds(10)));
        assertThat(answer).isInstanceOf(GetProviderSchema.Response.class);
        assertThat(Await.failure(client.send("not a record", Duration.ofSeconds(10))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.String");
        if (protocol == 5) {
            assertThat(Await.failure(client.call(RpcTable.LOCK_STATE,
                    new LockState.Request("vf_store", "default", "plan"))))
                    .isInstanceOf(UnsupportedProtocolException.class)
                    .hasMessage("LockState does not exist in plugin protocol 5");
        }
        Await.result(client.close(), Duration.ofSeconds(10));
    }

    @ParameterizedTest(name = "protocol {0}")
    @CsvSource({"5", "6"})
    void refusesASessionThatDoesNotTrustItsCertificate(int protocol) {
        Attached a = attach(protocol, "tcp", true);
        SelfSignedCertificate stranger = Await.result(vertx.executeBlocking(ClientTls::newCertificate));
        assertThat(Await.failure(PluginClient.attach(vertx, a.session().handshake().format(), Set.of(protocol),
                stranger)))
                .isInstanceOf(PluginClientException.class).hasMessageContaining("cannot connect to the plugin");
    }
}
