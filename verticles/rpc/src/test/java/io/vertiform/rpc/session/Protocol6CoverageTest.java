package io.vertiform.rpc.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import io.vertiform.rpc.proto.v6.*;
import io.vertiform.rpc.support.RpcTestClient;
import io.vertx.grpc.common.GrpcStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every RPC of tfplugin6.Provider, with realistic requests and no components deployed: provider-wide calls get
 * their documented defaults, per-type calls an error diagnostic naming the type.
 */
class Protocol6CoverageTest extends SessionTestBase {

    private static final DynamicValue NULL = DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(new byte[] {(byte) 0xc0})).build();
    private static final DynamicValue OBJECT = DynamicValue.newBuilder()
            .setMsgpack(ByteString.copyFrom(new byte[] {(byte) 0x81, (byte) 0xa2, 'i', 'd', (byte) 0xa1, 'x'})).build();

    private RpcTestClient client;

    @BeforeEach
    void connect() {
        client = mtlsClient(start(env("5,6", "unix")));
    }

    private static void assertUnsupported(List<Diagnostic> diagnostics, String kind, String type) {
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.getSummary()).isEqualTo("Unsupported " + kind);
            assertThat(d.getDetail()).contains("\"" + type + "\"");
        });
    }

    @Test
    void providerWideCallsHaveDefaults() {
        var meta = client.unary(ProviderGrpcClient.GetMetadata, GetMetadata.Request.getDefaultInstance());
        assertThat(meta.getDiagnosticsList()).isEmpty();
        assertThat(meta.getResourcesList()).isEmpty();
        var schema = client.unary(ProviderGrpcClient.GetProviderSchema, GetProviderSchema.Request.getDefaultInstance());
        assertThat(schema.getProvider().hasBlock()).isTrue();
        assertThat(client.unary(ProviderGrpcClient.ValidateProviderConfig, ValidateProviderConfig.Request.newBuilder()
                .setConfig(NULL).build()).getDiagnosticsList()).isEmpty();
        assertThat(client.unary(ProviderGrpcClient.ConfigureProvider, ConfigureProvider.Request.newBuilder()
                .setTerraformVersion("1.16.0").setConfig(NULL).build()).getDiagnosticsList()).isEmpty();
        assertThat(client.unary(ProviderGrpcClient.GetResourceIdentitySchemas,
                GetResourceIdentitySchemas.Request.getDefaultInstance()).getIdentitySchemasMap()).isEmpty();
        assertThat(client.unary(ProviderGrpcClient.GetFunctions, GetFunctions.Request.getDefaultInstance())
                .getFunctionsMap()).isEmpty();
        assertThat(client.unary(ProviderGrpcClient.StopProvider, StopProvider.Request.getDefaultInstance()).getError())
                .isEmpty();
        var call = client.unary(ProviderGrpcClient.CallFunction, CallFunction.Request.newBuilder().setName("upper")
                .addArguments(NULL).build());
        assertThat(call.getError().getText()).contains("Unsupported function").contains("\"upper\"");
    }

    @Test
    void managedResourceCalls() {
        String t = "vf_thing";
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateResourceConfig, ValidateResourceConfig.Request
                .newBuilder().setTypeName(t).setConfig(OBJECT).build()).getDiagnosticsList(), "resource type", t);
        assertUnsupported(client.unary(ProviderGrpcClient.UpgradeResourceState, UpgradeResourceState.Request
                .newBuilder().setTypeName(t).setVersion(1).setRawState(RawState.newBuilder()
                        .setJson(ByteString.copyFromUtf8("{\"id\":\"x\"}"))).build()).getDiagnosticsList(), "resource type", t);
        assertUnsupported(client.unary(ProviderGrpcClient.UpgradeResourceIdentity, UpgradeResourceIdentity.Request
                .newBuilder().setTypeName(t).setRawIdentity(RawState.newBuilder()
                        .setJson(ByteString.copyFromUtf8("{}"))).build()).getDiagnosticsList(), "resource type", t);
        assertUnsupported(client.unary(ProviderGrpcClient.ReadResource, ReadResource.Request.newBuilder()
                .setTypeName(t).setCurrentState(OBJECT).build()).getDiagnosticsList(), "resource type", t);
        assertUnsupported(client.unary(ProviderGrpcClient.PlanResourceChange, PlanResourceChange.Request.newBuilder()
                .setTypeName(t).setPriorState(NULL).setProposedNewState(OBJECT).setConfig(OBJECT).build())
                .getDiagnosticsList(), "resource type", t);
        assertUnsupported(client.unary(ProviderGrpcClient.ApplyResourceChange, ApplyResourceChange.Request.newBuilder()
                .setTypeName(t).setPriorState(NULL).setPlannedState(OBJECT).setConfig(OBJECT).build())
                .getDiagnosticsList(), "resource type", t);
        assertUnsupported(client.unary(ProviderGrpcClient.ImportResourceState, ImportResourceState.Request.newBuilder()
                .setTypeName(t).setId("x").build()).getDiagnosticsList(), "resource type", t);
        assertUnsupported(client.unary(ProviderGrpcClient.MoveResourceState, MoveResourceState.Request.newBuilder()
                .setSourceProviderAddress("registry.terraform.io/x/y").setSourceTypeName("y_old")
                .setSourceState(RawState.newBuilder().setJson(ByteString.copyFromUtf8("{}"))).setTargetTypeName(t)
                .build()).getDiagnosticsList(), "resource type", t);
        assertUnsupported(client.unary(ProviderGrpcClient.GenerateResourceConfig, GenerateResourceConfig.Request
                .newBuilder().setTypeName(t).setState(OBJECT).build()).getDiagnosticsList(), "resource type", t);
    }

    @Test
    void dataEphemeralListActionCalls() {
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateDataResourceConfig, ValidateDataResourceConfig.Request
                .newBuilder().setTypeName("vf_d").setConfig(OBJECT).build()).getDiagnosticsList(), "data source", "vf_d");
        assertUnsupported(client.unary(ProviderGrpcClient.ReadDataSource, ReadDataSource.Request.newBuilder()
                .setTypeName("vf_d").setConfig(OBJECT).build()).getDiagnosticsList(), "data source", "vf_d");
        String e = "vf_e";
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateEphemeralResourceConfig,
                ValidateEphemeralResourceConfig.Request.newBuilder().setTypeName(e).setConfig(OBJECT).build())
                .getDiagnosticsList(), "ephemeral resource type", e);
        assertUnsupported(client.unary(ProviderGrpcClient.OpenEphemeralResource, OpenEphemeralResource.Request
                .newBuilder().setTypeName(e).setConfig(OBJECT).build()).getDiagnosticsList(), "ephemeral resource type", e);
        assertUnsupported(client.unary(ProviderGrpcClient.RenewEphemeralResource, RenewEphemeralResource.Request
                .newBuilder().setTypeName(e).setPrivate(ByteString.copyFromUtf8("p")).build()).getDiagnosticsList(),
                "ephemeral resource type", e);
        assertUnsupported(client.unary(ProviderGrpcClient.CloseEphemeralResource, CloseEphemeralResource.Request
                .newBuilder().setTypeName(e).build()).getDiagnosticsList(), "ephemeral resource type", e);
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateListResourceConfig, ValidateListResourceConfig.Request
                .newBuilder().setTypeName("vf_l").setConfig(OBJECT).build()).getDiagnosticsList(), "list resource type", "vf_l");
        var list = client.outcome(ProviderGrpcClient.ListResource, ListResource.Request.newBuilder()
                .setTypeName("vf_l").setConfig(OBJECT).setLimit(10).build(), 0);
        assertThat(list.status()).isEqualTo(GrpcStatus.OK);
        assertUnsupported(list.messages().get(0).getDiagnosticList(), "list resource type", "vf_l");
        assertUnsupported(client.unary(ProviderGrpcClient.PlanAction, PlanAction.Request.newBuilder()
                .setActionType("vf_a").setConfig(OBJECT).build()).getDiagnosticsList(), "action type", "vf_a");
        var invoke = client.outcome(ProviderGrpcClient.InvokeAction, InvokeAction.Request.newBuilder()
                .setActionType("vf_a").setConfig(OBJECT).build(), 0);
        assertThat(invoke.messages()).hasSize(1);
        assertUnsupported(invoke.messages().get(0).getCompleted().getDiagnosticsList(), "action type", "vf_a");
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateActionConfig, ValidateActionConfig.Request
                .newBuilder().setTypeName("vf_a").setConfig(OBJECT).build()).getDiagnosticsList(), "action type", "vf_a");
    }

    @Test
    void stateStoreCalls() {
        String s = "vf_store";
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateStateStoreConfig, ValidateStateStore.Request
                .newBuilder().setTypeName(s).setConfig(OBJECT).build()).getDiagnosticsList(), "state store type", s);
        assertUnsupported(client.unary(ProviderGrpcClient.ConfigureStateStore, ConfigureStateStore.Request.newBuilder()
                .setTypeName(s).setConfig(OBJECT).setCapabilities(StateStoreClientCapabilities.newBuilder()
                        .setChunkSize(4 << 20)).build()).getDiagnosticsList(), "state store type", s);
        var read = client.outcome(ProviderGrpcClient.ReadStateBytes, ReadStateBytes.Request.newBuilder()
                .setTypeName(s).setStateId("default").build(), 0);
        assertUnsupported(read.messages().get(0).getDiagnosticsList(), "state store type", s);
        var write = io.vertiform.testkit.vertx.Await.result(client.call(ProviderGrpcClient.WriteStateBytes, List.of(
                WriteStateBytes.RequestChunk.newBuilder().setMeta(RequestChunkMeta.newBuilder().setTypeName(s)
                        .setStateId("default")).setBytes(ByteString.copyFromUtf8("{\"version\":4")).setTotalLength(14)
                        .setRange(StateRange.newBuilder().setStart(0).setEnd(12)).build(),
                WriteStateBytes.RequestChunk.newBuilder().setBytes(ByteString.copyFromUtf8("}\n")).setTotalLength(14)
                        .setRange(StateRange.newBuilder().setStart(12).setEnd(14)).build()), 0));
        assertUnsupported(write.single().getDiagnosticsList(), "state store type", s);
        assertUnsupported(client.unary(ProviderGrpcClient.LockState, LockState.Request.newBuilder().setTypeName(s)
                .setStateId("default").setOperation("apply").build()).getDiagnosticsList(), "state store type", s);
        assertUnsupported(client.unary(ProviderGrpcClient.UnlockState, UnlockState.Request.newBuilder().setTypeName(s)
                .setStateId("default").setLockId("l").build()).getDiagnosticsList(), "state store type", s);
        assertUnsupported(client.unary(ProviderGrpcClient.GetStates, GetStates.Request.newBuilder().setTypeName(s)
                .build()).getDiagnosticsList(), "state store type", s);
        assertUnsupported(client.unary(ProviderGrpcClient.DeleteState, DeleteState.Request.newBuilder().setTypeName(s)
                .setStateId("dev").build()).getDiagnosticsList(), "state store type", s);
    }

    /** Keeps the imports of every message type honest: the service has exactly the RPCs tested above. */
    @Test
    void theServiceHasThirtySixRpcs() {
        assertThat(Tfplugin6Proto.getDescriptor().findServiceByName("Provider").getMethods()).hasSize(36);
        Message unused = DynamicValue.getDefaultInstance();
        assertThat(unused).isNotNull();
    }
}
