package io.vertiform.rpc.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.CancelRequest;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.ListResource;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.contracts.provider.ProviderHeaders;
import io.vertiform.contracts.provider.ResourceIdentityData;
import io.vertiform.contracts.provider.Schema;
import io.vertiform.contracts.provider.ServerCapabilities;
import io.vertiform.contracts.provider.StreamEnd;
import io.vertiform.contracts.provider.WriteStateBytes;
import io.vertiform.cty.CtyType;
import io.vertiform.rpc.proto.v6.ProviderGrpcClient;
import io.vertiform.rpc.stdio.StdioChannel;
import io.vertiform.rpc.stdio.StdioHub;
import io.vertiform.rpc.support.RpcTestClient;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.grpc.common.GrpcStatus;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Requests reaching components over the bus, and everything that can go wrong on the way. */
class BusBridgeTest extends SessionTestBase {

    private static final byte[] OBJECT = {(byte) 0x81, (byte) 0xa2, 'i', 'd', (byte) 0xa1, 'x'};
    private static final String PLAN = "vertiform.provider.resource.vf_thing.plan";

    private static io.vertiform.rpc.proto.v6.DynamicValue dv6(byte[] msgpack) {
        return io.vertiform.rpc.proto.v6.DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(msgpack)).build();
    }

    private static io.vertiform.rpc.proto.v6.PlanResourceChange.Request plan6(String type, byte[] config) {
        return io.vertiform.rpc.proto.v6.PlanResourceChange.Request.newBuilder().setTypeName(type)
                .setPriorState(dv6(new byte[] {(byte) 0xc0})).setProposedNewState(dv6(OBJECT)).setConfig(dv6(config))
                .build();
    }

    @Test
    void planTravelsToTheComponentAndBackInBothProtocols() {
        List<MultiMap> headers = new CopyOnWriteArrayList<>();
        vertx.eventBus().<PlanResourceChange.Request>consumer(PLAN, m -> {
            headers.add(m.headers());
            PlanResourceChange.Request q = m.body();
            m.reply(new PlanResourceChange.Response(q.proposedNewState(), List.of(AttributePath.of("id")),
                    "planned".getBytes(), List.of(Diagnostic.warning("looks odd", "").at(AttributePath.of("id"))),
                    false, null, new ResourceIdentityData(DynamicValue.msgpack(new byte[] {(byte) 0xc3}))));
        });
        PluginSession session6 = start(env("6", "unix"));
        var r6 = mtlsClient(session6).unary(ProviderGrpcClient.PlanResourceChange, plan6("vf_thing", OBJECT));
        assertThat(r6.getPlannedState().getMsgpack().toByteArray()).isEqualTo(OBJECT);
        assertThat(r6.getRequiresReplace(0).getSteps(0).getAttributeName()).isEqualTo("id");
        assertThat(r6.getPlannedPrivate().toStringUtf8()).isEqualTo("planned");
        assertThat(r6.getDiagnostics(0).getSeverity()).isEqualTo(io.vertiform.rpc.proto.v6.Diagnostic.Severity.WARNING);
        assertThat(r6.getPlannedIdentity().getIdentityData().getMsgpack().byteAt(0)).isEqualTo((byte) 0xc3);
        assertThat(headers.get(0).get(ProviderHeaders.SESSION)).isEqualTo(session6.id());
        assertThat(headers.get(0).get(ProviderHeaders.PROTOCOL)).isEqualTo("6");
        assertThat(headers.get(0).get(ProviderHeaders.REQUEST_ID)).startsWith(session6.id());
        assertThat(headers.get(0).get(ProviderHeaders.DEADLINE)).isNull();

        PluginSession session5 = start(env("5", "tcp"));
        var r5 = mtlsClient(session5).unary(io.vertiform.rpc.proto.v5.ProviderGrpcClient.PlanResourceChange,
                io.vertiform.rpc.proto.v5.PlanResourceChange.Request.newBuilder().setTypeName("vf_thing")
                        .setPriorState(io.vertiform.rpc.proto.v5.DynamicValue.newBuilder()
                                .setMsgpack(ByteString.copyFrom(new byte[] {(byte) 0xc0})))
                        .setProposedNewState(io.vertiform.rpc.proto.v5.DynamicValue.newBuilder()
                                .setMsgpack(ByteString.copyFrom(OBJECT)))
                        .setConfig(io.vertiform.rpc.proto.v5.DynamicValue.newBuilder()
                                .setMsgpack(ByteString.copyFrom(OBJECT))).build());
        assertThat(r5.getPlannedState().getMsgpack().toByteArray()).isEqualTo(OBJECT);
        assertThat(r5.getRequiresReplace(0).getSteps(0).getAttributeName()).isEqualTo("id");
        assertThat(headers.get(1).get(ProviderHeaders.PROTOCOL)).isEqualTo("5");
    }

    @Test
    void malformedRequestsGetDiagnosticsNotCrashes() {
        RpcTestClient client = mtlsClient(start(env("6", "tcp")));
        var bad = client.unary(ProviderGrpcClient.PlanResourceChange, plan6("vf_thing", new byte[] {(byte) 0xc1}));
        assertThat(bad.getDiagnostics(0).getSummary()).isEqualTo("Invalid request value in config");
        assertThat(bad.getDiagnostics(0).getDetail()).contains("malformed msgpack");

        var truncated = client.unary(ProviderGrpcClient.PlanResourceChange, plan6("vf_thing", new byte[] {(byte) 0x82, (byte) 0xa1}));
        assertThat(truncated.getDiagnostics(0).getDetail()).contains("malformed msgpack");

        var missing = client.unary(ProviderGrpcClient.PlanResourceChange,
                io.vertiform.rpc.proto.v6.PlanResourceChange.Request.newBuilder().setTypeName("vf_thing").build());
        assertThat(missing.getDiagnosticsList()).extracting(d -> d.getSummary())
                .contains("Invalid request: missing prior_state", "Invalid request: missing proposed_new_state",
                        "Invalid request: missing config");

        var noType = client.unary(ProviderGrpcClient.PlanResourceChange, plan6("", OBJECT));
        assertThat(noType.getDiagnostics(0).getSummary()).isEqualTo("Invalid request: missing type_name");

        var weird = client.unary(ProviderGrpcClient.PlanResourceChange, plan6("vf.thing.apply", OBJECT));
        assertThat(weird.getDiagnostics(0).getSummary()).isEqualTo("Invalid resource type name");

        var unknown = client.unary(ProviderGrpcClient.ReadDataSource, io.vertiform.rpc.proto.v6.ReadDataSource.Request
                .newBuilder().setTypeName("vf_nope").setConfig(dv6(OBJECT)).build());
        assertThat(unknown.getDiagnostics(0).getDetail()).contains("\"vf_nope\"").contains("data source");

        var badJson = client.unary(ProviderGrpcClient.UpgradeResourceState, io.vertiform.rpc.proto.v6.UpgradeResourceState
                .Request.newBuilder().setTypeName("vf_thing").setRawState(io.vertiform.rpc.proto.v6.RawState.newBuilder()
                        .setJson(ByteString.copyFromUtf8("{\"a\":"))).build());
        assertThat(badJson.getDiagnostics(0).getSummary()).isEqualTo("Invalid request value in raw_state.json");
    }

    @Test
    void oversizedMessagesAreRefusedPromptly() {
        PluginSession session = start(PluginSessionOptions.of(env("6", "tcp")).withMaxMessageBytes(64 << 10));
        RpcTestClient client = mtlsClient(session);
        byte[] big = new byte[100 << 10];
        big[0] = (byte) 0xc6; // bin32 header claiming the rest
        var outcome = client.outcome(ProviderGrpcClient.PlanResourceChange, plan6("vf_thing", big), 0);
        assertThat(outcome.status()).isEqualTo(GrpcStatus.RESOURCE_EXHAUSTED);
        // and the session still serves
        assertThat(client.unary(ProviderGrpcClient.GetProviderSchema,
                io.vertiform.rpc.proto.v6.GetProviderSchema.Request.getDefaultInstance()).hasProvider()).isTrue();
    }

    @Test
    void aDeadlineCancelsTheInFlightComponentWork() {
        List<String> requestIds = new CopyOnWriteArrayList<>();
        vertx.eventBus().<PlanResourceChange.Request>consumer(PLAN, m -> requestIds.add(m.headers().get(ProviderHeaders.REQUEST_ID)));
        Promise<CancelRequest> cancelled = Promise.promise();
        vertx.eventBus().<CancelRequest>consumer(ProviderAddresses.CANCEL, m -> cancelled.tryComplete(m.body()));
        RpcTestClient client = mtlsClient(start(env("6", "tcp")));
        long started = System.nanoTime();
        var outcome = client.outcome(ProviderGrpcClient.PlanResourceChange, plan6("vf_thing", OBJECT), -300);
        assertThat(outcome.status()).as(outcome.toString()).isEqualTo(GrpcStatus.DEADLINE_EXCEEDED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        CancelRequest notice = Await.result(cancelled.future(), Duration.ofSeconds(5));
        assertThat(notice.requestId()).isEqualTo(requestIds.get(0));
        assertThat(notice.reason()).contains("deadline");
    }

    @Test
    void aClientThatGivesUpCancelsTheComponentWork() {
        Promise<String> arrived = Promise.promise();
        vertx.eventBus().<PlanResourceChange.Request>consumer(PLAN, m -> arrived.tryComplete(m.headers().get(ProviderHeaders.REQUEST_ID)));
        Promise<CancelRequest> cancelled = Promise.promise();
        vertx.eventBus().<CancelRequest>consumer(ProviderAddresses.CANCEL, m -> cancelled.tryComplete(m.body()));
        RpcTestClient client = mtlsClient(start(env("6", "tcp")));
        var request = Await.result(client.send(ProviderGrpcClient.PlanResourceChange, plan6("vf_thing", OBJECT)));
        String requestId = Await.result(arrived.future(), Duration.ofSeconds(5));
        request.cancel();
        CancelRequest notice = Await.result(cancelled.future(), Duration.ofSeconds(5));
        assertThat(notice.requestId()).isEqualTo(requestId);
        assertThat(notice.reason()).contains("client cancelled");
    }

    @Test
    void stopCancelsEveryInFlightCallWithADiagnostic() {
        Promise<Void> arrived = Promise.promise();
        vertx.eventBus().<PlanResourceChange.Request>consumer(PLAN, m -> arrived.tryComplete());
        Promise<String> stopNotice = Promise.promise();
        vertx.eventBus().consumer(ProviderAddresses.STOP, m -> stopNotice.tryComplete(m.headers().get(ProviderHeaders.SESSION)));
        PluginSession session = start(env("6", "unix"));
        RpcTestClient client = mtlsClient(session);
        var inFlight = client.call(ProviderGrpcClient.PlanResourceChange, List.of(plan6("vf_thing", OBJECT)), 0);
        Await.result(arrived.future(), Duration.ofSeconds(10));
        client.unary(ProviderGrpcClient.StopProvider, io.vertiform.rpc.proto.v6.StopProvider.Request.getDefaultInstance());
        var answer = Await.result(inFlight, Duration.ofSeconds(10)).single();
        assertThat(answer.getDiagnostics(0).getSummary()).isEqualTo("Request cancelled");
        assertThat(Await.result(stopNotice.future(), Duration.ofSeconds(5))).isEqualTo(session.id());
    }

    @Test
    void componentFailuresBecomeDiagnostics() {
        vertx.eventBus().consumer(PLAN, m -> m.fail(42, "database on fire"));
        vertx.eventBus().consumer("vertiform.provider.resource.vf_thing.read", m -> m.reply("not a record"));
        RpcTestClient client = mtlsClient(start(env("6", "tcp")));
        var failed = client.unary(ProviderGrpcClient.PlanResourceChange, plan6("vf_thing", OBJECT));
        assertThat(failed.getDiagnostics(0).getSummary()).isEqualTo("Provider component failed");
        assertThat(failed.getDiagnostics(0).getDetail()).contains("database on fire");
        var wrong = client.unary(ProviderGrpcClient.ReadResource, io.vertiform.rpc.proto.v6.ReadResource.Request
                .newBuilder().setTypeName("vf_thing").setCurrentState(dv6(OBJECT)).build());
        assertThat(wrong.getDiagnostics(0).getSummary()).isEqualTo("Provider component answered with the wrong message");
    }

    @Test
    void listResourceStreamsEveryItemTheComponentSends() {
        vertx.eventBus().<ListResource.Request>consumer("vertiform.provider.list-resource.vf_l.list", m -> {
            String stream = m.headers().get(ProviderHeaders.STREAM_ADDRESS);
            long n = m.body().limit();
            for (int i = 0; i < n; i++) {
                vertx.eventBus().send(stream, new ListResource.Event(null, "item " + i, null, List.of()));
            }
            m.reply(new StreamEnd(n));
        });
        RpcTestClient client = mtlsClient(start(env("6", "tcp")));
        var outcome = client.outcome(ProviderGrpcClient.ListResource, io.vertiform.rpc.proto.v6.ListResource.Request
                .newBuilder().setTypeName("vf_l").setConfig(dv6(OBJECT)).setLimit(25).build(), 0);
        assertThat(outcome.status()).isEqualTo(GrpcStatus.OK);
        assertThat(outcome.messages()).extracting(e -> e.getDisplayName()).hasSize(25).contains("item 0", "item 24");
    }

    @Test
    void writeStateBytesArrivesAsOneRequest() {
        Promise<WriteStateBytes.Request> received = Promise.promise();
        vertx.eventBus().<WriteStateBytes.Request>consumer("vertiform.provider.state-store.vf_s.write-bytes", m -> {
            received.tryComplete(m.body());
            m.reply(new WriteStateBytes.Response(List.of()));
        });
        RpcTestClient client = mtlsClient(start(env("6", "tcp")));
        var chunk = io.vertiform.rpc.proto.v6.WriteStateBytes.RequestChunk.newBuilder();
        var answer = Await.result(client.call(ProviderGrpcClient.WriteStateBytes, List.of(
                chunk.clone().setMeta(io.vertiform.rpc.proto.v6.RequestChunkMeta.newBuilder().setTypeName("vf_s")
                        .setStateId("dev")).setBytes(ByteString.copyFromUtf8("ab")).setTotalLength(4).build(),
                chunk.clone().setBytes(ByteString.copyFromUtf8("cd")).setTotalLength(4).build()), 0)).single();
        assertThat(answer.getDiagnosticsList()).isEmpty();
        WriteStateBytes.Request request = Await.result(received.future());
        assertThat(request.typeName()).isEqualTo("vf_s");
        assertThat(request.stateId()).isEqualTo("dev");
        assertThat(request.chunks()).extracting(c -> new String(c.bytes(), StandardCharsets.UTF_8)).containsExactly("ab", "cd");
    }

    @Test
    void protocol6OnlySchemaFeaturesAreReportedToProtocol5Hosts() {
        Schema.Attribute nested = new Schema.Attribute("rules", null, new Schema.NestedType(List.of(
                Schema.Attribute.of("port", CtyType.NUMBER, true, false, false)), Schema.NestedType.NestingMode.LIST),
                "", false, true, false, false, null, false, false, "");
        GetProviderSchema.Response schema = new GetProviderSchema.Response(Schema.EMPTY,
                Map.of("vf_fw", new Schema(1, new Schema.Block(0, List.of(nested), List.of(), "", null, false, "", false))),
                null, null, null, null, null, null, null, null, ServerCapabilities.NONE);
        vertx.eventBus().consumer(ProviderAddresses.SCHEMA, m -> m.reply(schema));

        var v5 = mtlsClient(start(env("5", "tcp"))).unary(io.vertiform.rpc.proto.v5.ProviderGrpcClient.GetSchema,
                io.vertiform.rpc.proto.v5.GetProviderSchema.Request.getDefaultInstance());
        assertThat(v5.getDiagnosticsList()).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(io.vertiform.rpc.proto.v5.Diagnostic.Severity.ERROR);
            assertThat(d.getSummary()).isEqualTo("Nested attributes need plugin protocol 6");
            assertThat(d.getDetail()).contains("rules").contains("vf_fw");
        });
        var v6 = mtlsClient(start(env("6", "tcp"))).unary(ProviderGrpcClient.GetProviderSchema,
                io.vertiform.rpc.proto.v6.GetProviderSchema.Request.getDefaultInstance());
        assertThat(v6.getDiagnosticsList()).isEmpty();
        assertThat(v6.getResourceSchemasOrThrow("vf_fw").getBlock().getAttributes(0).getNestedType().getAttributesCount())
                .isEqualTo(1);
        var meta = mtlsClient(start(env("6", "tcp"))).unary(ProviderGrpcClient.GetMetadata,
                io.vertiform.rpc.proto.v6.GetMetadata.Request.getDefaultInstance());
        assertThat(meta.getResourcesList()).extracting(r -> r.getTypeName()).containsExactly("vf_fw");
    }

    @Test
    void userOutputIsStreamedOverStdio() throws Exception {
        ByteArrayOutputStream fallback = new ByteArrayOutputStream();
        StdioHub hub = new StdioHub(fallback);
        hub.stream(StdioChannel.STDOUT).write("before".getBytes(StandardCharsets.UTF_8));
        assertThat(fallback.toString(StandardCharsets.UTF_8)).isEqualTo("before");
        PluginSession session = start(PluginSessionOptions.of(env("6", "tcp")).withStdio(hub));
        RpcTestClient client = mtlsClient(session);
        List<String> received = new CopyOnWriteArrayList<>();
        Promise<Void> two = Promise.promise();
        Future<?> stream = client.call(io.vertiform.rpc.proto.plugin.GRPCStdioGrpcClient.StreamStdio,
                List.of(com.google.protobuf.Empty.getDefaultInstance()), 0, data -> {
                    received.add(data.getChannel() + ":" + data.getData().toStringUtf8());
                    if (received.size() == 2) {
                        two.tryComplete();
                    }
                });
        long deadline = System.currentTimeMillis() + 10_000;
        while (hub.subscriberCount() == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        assertThat(hub.subscriberCount()).isEqualTo(1);
        hub.stream(StdioChannel.STDOUT).write("hello".getBytes(StandardCharsets.UTF_8));
        hub.stream(StdioChannel.STDERR).write("oops".getBytes(StandardCharsets.UTF_8));
        Await.result(two.future(), Duration.ofSeconds(5));
        assertThat(received).containsExactly("STDOUT:hello", "STDERR:oops");
        assertThat(fallback.toString(StandardCharsets.UTF_8)).isEqualTo("before");
        assertThat(stream.isComplete()).isFalse();
    }
}
