package io.vertiform.tests.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.msgpack.MsgpackCodec;
import io.vertiform.foundation.hub.Hub;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.annotation.Provider;
import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.function.FunctionCall;
import io.vertiform.framework.function.FunctionDefinition;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.function.Parameter;
import io.vertiform.framework.provider.ConfigureRequest;
import io.vertiform.framework.provider.ProviderHandler;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.resource.CreateRequest;
import io.vertiform.framework.resource.DeleteRequest;
import io.vertiform.framework.resource.ReadRequest;
import io.vertiform.framework.resource.ResourceHandler;
import io.vertiform.framework.resource.UpdateRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.server.FrameworkOptions;
import io.vertiform.framework.server.ProviderDeployment;
import io.vertiform.framework.server.ProviderServer;
import io.vertiform.framework.value.Value;
import io.vertiform.rpc.handshake.HandshakeLine;
import io.vertiform.rpc.handshake.MagicCookie;
import io.vertiform.rpc.handshake.PluginEnvironment;
import io.vertiform.rpc.handshake.Transport;
import io.vertiform.rpc.session.PluginSession;
import io.vertiform.rpc.session.PluginSessionOptions;
import io.vertiform.testkit.vertx.Await;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SocketAddress;
import io.vertx.grpc.client.GrpcClient;
import io.vertx.grpc.client.GrpcClientOptions;
import io.vertx.grpc.common.ServiceMethod;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A framework provider behind the real RPC layer: a plugin session (handshake, gRPC over loopback TCP) in
 * front of the framework's verticles, driven with tfplugin5 and tfplugin6 clients — schema, configure, plan,
 * apply and a function call — with the session's environment reaching the provider through the bus.
 */
class FrameworkOverGrpcTest {

    @Provider("note")
    public static final class NoteProvider implements ProviderHandler<CtyValue> {
        @Override
        public ComponentSchema schema() {
            return ComponentSchema.builder().attribute(Attributes.string("prefix").optional()).build();
        }

        @Override
        public Object configure(ConfigureRequest<CtyValue> r) {
            CtyValue prefix = r.rawConfig().getAttr("prefix");
            return prefix.isNull() ? r.session().env("NOTE_PREFIX").orElse("?") : prefix.asString();
        }
    }

    public record Note(Value<String> id, String text, Value<Long> length) {
    }

    @Resource("note_note")
    public static final class NoteResource implements ResourceHandler<Note> {
        @Override
        public ComponentSchema schema() {
            return ComponentSchema.builder()
                    .attribute(Attributes.string("id").computed())
                    .attribute(Attributes.string("text").required())
                    .attribute(Attributes.int64("length").computed())
                    .build();
        }

        @Override
        public Note create(CreateRequest<Note> r) {
            return new Note(Value.of(r.providerData(String.class) + "-1"), r.plan().text(),
                    Value.of((long) r.plan().text().length()));
        }

        @Override
        public Note read(ReadRequest<Note> r) {
            return r.state();
        }

        @Override
        public Note update(UpdateRequest<Note> r) {
            return new Note(r.state().id(), r.plan().text(), Value.of((long) r.plan().text().length()));
        }

        @Override
        public void delete(DeleteRequest<Note> r) {
        }
    }

    @Function("upper")
    public static final class Upper implements FunctionHandler {
        @Override
        public FunctionDefinition definition() {
            return FunctionDefinition.builder().parameter(Parameter.string("s")).returns(CtyType.STRING).build();
        }

        @Override
        public CtyValue call(FunctionCall call) {
            return CtyValue.stringVal(call.string("s").toUpperCase(java.util.Locale.ROOT));
        }
    }

    static final CtyType NOTE = new NoteResource().schema().impliedType();
    static final CtyType PROVIDER = new NoteProvider().schema().impliedType();

    Vertx vertx;
    ProviderDeployment deployment;
    GrpcClient grpc;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        MessageCodecs.registerAll(vertx);
        Await.result(Hub.deployRegistry(vertx));
        deployment = Await.result(ProviderServer.deploy(vertx, ComponentRegistry.builder().add(NoteProvider.class)
                .add(NoteResource.class).add(Upper.class).build(), FrameworkOptions.DEFAULT));
        grpc = GrpcClient.client(vertx, new GrpcClientOptions(),
                new HttpClientOptions().setProtocolVersion(HttpVersion.HTTP_2).setHttp2ClearTextUpgrade(false));
    }

    @AfterEach
    void stop() {
        Await.result(grpc.close());
        Await.result(deployment.undeploy());
        Await.result(vertx.close());
    }

    /** Starts a plugin session as Terraform would launch the plugin; the RPC layer describes it to the framework. */
    private PluginSession session(int protocol, String prefix) {
        Map<String, String> env = Map.of(MagicCookie.KEY, MagicCookie.VALUE,
                PluginEnvironment.PROTOCOL_VERSIONS, Integer.toString(protocol),
                PluginEnvironment.TRANSPORT, "tcp", "NOTE_PREFIX", prefix);
        PluginSession s = Await.result(PluginSession.start(vertx, PluginSessionOptions.of(env)));
        return s;
    }

    private <Q, R> R call(HandshakeLine line, ServiceMethod<R, Q> method, Q request) {
        assertThat(line.transport()).isEqualTo(Transport.TCP);
        String[] hostPort = line.address().split(":");
        SocketAddress address = SocketAddress.inetSocketAddress(Integer.parseInt(hostPort[1]), hostPort[0]);
        Future<R> f = grpc.request(address, method).compose(req -> {
            req.end(request);
            return req.response().compose(resp -> {
                Promise<R> p = Promise.promise();
                resp.handler(p::tryComplete);
                resp.endHandler(v -> p.tryFail("no message, status " + resp.status() + " " + resp.statusMessage()));
                return p.future();
            });
        });
        return Await.result(f);
    }

    private static ByteString msgpack(CtyValue v, CtyType t) {
        return ByteString.copyFrom(MsgpackCodec.marshal(v, t));
    }

    private static CtyValue note(String text) {
        return CtyValue.objectVal(Map.of("id", CtyValue.nullVal(CtyType.STRING), "text", CtyValue.stringVal(text),
                "length", CtyValue.nullVal(CtyType.NUMBER)));
    }

    @Test
    void protocolSix() {
        PluginSession s = session(6, "six");
        HandshakeLine line = s.handshake();
        var schema = call(line, io.vertiform.rpc.proto.v6.ProviderGrpcClient.GetProviderSchema,
                io.vertiform.rpc.proto.v6.GetProviderSchema.Request.getDefaultInstance());
        assertThat(schema.getResourceSchemasMap()).containsKey("note_note");
        assertThat(schema.getFunctionsMap()).containsKey("upper");

        var configured = call(line, io.vertiform.rpc.proto.v6.ProviderGrpcClient.ConfigureProvider,
                io.vertiform.rpc.proto.v6.ConfigureProvider.Request.newBuilder().setTerraformVersion("1.12.0")
                        .setConfig(io.vertiform.rpc.proto.v6.DynamicValue.newBuilder().setMsgpack(msgpack(
                                CtyValue.objectVal(Map.of("prefix", CtyValue.nullVal(CtyType.STRING))), PROVIDER)))
                        .build());
        assertThat(configured.getDiagnosticsList()).isEmpty();

        var nul = io.vertiform.rpc.proto.v6.DynamicValue.newBuilder().setMsgpack(msgpack(CtyValue.nullVal(NOTE), NOTE)).build();
        var cfg = io.vertiform.rpc.proto.v6.DynamicValue.newBuilder().setMsgpack(msgpack(note("hello"), NOTE)).build();
        var plan = call(line, io.vertiform.rpc.proto.v6.ProviderGrpcClient.PlanResourceChange,
                io.vertiform.rpc.proto.v6.PlanResourceChange.Request.newBuilder().setTypeName("note_note")
                        .setPriorState(nul).setProposedNewState(cfg).setConfig(cfg).build());
        assertThat(plan.getDiagnosticsList()).isEmpty();
        CtyValue planned = MsgpackCodec.unmarshal(plan.getPlannedState().getMsgpack().toByteArray(), NOTE);
        assertThat(planned.getAttr("id").isKnown()).isFalse();

        var applied = call(line, io.vertiform.rpc.proto.v6.ProviderGrpcClient.ApplyResourceChange,
                io.vertiform.rpc.proto.v6.ApplyResourceChange.Request.newBuilder().setTypeName("note_note")
                        .setPriorState(nul).setPlannedState(plan.getPlannedState()).setConfig(cfg).build());
        assertThat(applied.getDiagnosticsList()).isEmpty();
        CtyValue state = MsgpackCodec.unmarshal(applied.getNewState().getMsgpack().toByteArray(), NOTE);
        assertThat(state.getAttr("id").asString()).as("the session's own environment").isEqualTo("six-1");
        assertThat(state.getAttr("length")).isEqualTo(CtyValue.numberIntVal(5));

        var upper = call(line, io.vertiform.rpc.proto.v6.ProviderGrpcClient.CallFunction,
                io.vertiform.rpc.proto.v6.CallFunction.Request.newBuilder().setName("upper")
                        .addArguments(io.vertiform.rpc.proto.v6.DynamicValue.newBuilder()
                                .setMsgpack(msgpack(CtyValue.stringVal("abc"), CtyType.STRING))).build());
        assertThat(MsgpackCodec.unmarshal(upper.getResult().getMsgpack().toByteArray(), CtyType.STRING).asString())
                .isEqualTo("ABC");
    }

    @Test
    void protocolFive() {
        PluginSession s = session(5, "five");
        HandshakeLine line = s.handshake();
        var schema = call(line, io.vertiform.rpc.proto.v5.ProviderGrpcClient.GetSchema,
                io.vertiform.rpc.proto.v5.GetProviderSchema.Request.getDefaultInstance());
        assertThat(schema.getResourceSchemasMap()).containsKey("note_note");

        var configured = call(line, io.vertiform.rpc.proto.v5.ProviderGrpcClient.Configure,
                io.vertiform.rpc.proto.v5.Configure.Request.newBuilder().setTerraformVersion("1.5.0")
                        .setConfig(io.vertiform.rpc.proto.v5.DynamicValue.newBuilder().setMsgpack(msgpack(
                                CtyValue.objectVal(Map.of("prefix", CtyValue.nullVal(CtyType.STRING))), PROVIDER)))
                        .build());
        assertThat(configured.getDiagnosticsList()).isEmpty();

        var nul = io.vertiform.rpc.proto.v5.DynamicValue.newBuilder().setMsgpack(msgpack(CtyValue.nullVal(NOTE), NOTE)).build();
        var cfg = io.vertiform.rpc.proto.v5.DynamicValue.newBuilder().setMsgpack(msgpack(note("hi"), NOTE)).build();
        var plan = call(line, io.vertiform.rpc.proto.v5.ProviderGrpcClient.PlanResourceChange,
                io.vertiform.rpc.proto.v5.PlanResourceChange.Request.newBuilder().setTypeName("note_note")
                        .setPriorState(nul).setProposedNewState(cfg).setConfig(cfg).build());
        assertThat(plan.getDiagnosticsList()).isEmpty();
        var applied = call(line, io.vertiform.rpc.proto.v5.ProviderGrpcClient.ApplyResourceChange,
                io.vertiform.rpc.proto.v5.ApplyResourceChange.Request.newBuilder().setTypeName("note_note")
                        .setPriorState(nul).setPlannedState(plan.getPlannedState()).setConfig(cfg).build());
        assertThat(applied.getDiagnosticsList()).isEmpty();
        CtyValue state = MsgpackCodec.unmarshal(applied.getNewState().getMsgpack().toByteArray(), NOTE);
        assertThat(state.getAttr("id").asString()).isEqualTo("five-1");
    }
}
