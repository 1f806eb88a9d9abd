package io.vertiform.rpc.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.vertiform.rpc.proto.v5.*;
import io.vertiform.rpc.support.RpcTestClient;
import io.vertx.grpc.common.GrpcStatus;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every RPC of tfplugin5.Provider and tfplugin5.Provisioner, no components deployed. */
class Protocol5CoverageTest extends SessionTestBase {

    private static final DynamicValue NULL = DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(new byte[] {(byte) 0xc0})).build();
    private static final DynamicValue OBJECT = DynamicValue.newBuilder()
            .setMsgpack(ByteString.copyFrom(new byte[] {(byte) 0x81, (byte) 0xa2, 'i', 'd', (byte) 0xa1, 'x'})).build();

    private RpcTestClient client;

    @BeforeEach
    void connect() {
        PluginSession session = start(env("5", "tcp"));
        assertThat(session.protocolVersion()).isEqualTo(5);
        client = mtlsClient(session);
    }

    private static void assertUnsupported(List<Diagnostic> diagnostics, String type) {
        assertThat(diagnostics).singleElement().satisfies(d -> {
            assertThat(d.getSeverity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(d.getSummary()).startsWith("Unsupported ");
            assertThat(d.getDetail()).contains("\"" + type + "\"");
        });
    }

    @Test
    void providerWideCalls() {
        assertThat(client.unary(ProviderGrpcClient.GetMetadata, GetMetadata.Request.getDefaultInstance())
                .getDiagnosticsList()).isEmpty();
        assertThat(client.unary(ProviderGrpcClient.GetSchema, GetProviderSchema.Request.getDefaultInstance())
                .getProvider().hasBlock()).isTrue();
        // Terraform 0.12-0.14 configure with the prepared config: without a component it is the config itself.
        var prepared = client.unary(ProviderGrpcClient.PrepareProviderConfig, PrepareProviderConfig.Request.newBuilder()
                .setConfig(OBJECT).build());
        assertThat(prepared.getPreparedConfig()).isEqualTo(OBJECT);
        assertThat(client.unary(ProviderGrpcClient.Configure, Configure.Request.newBuilder().setTerraformVersion("0.13.7")
                .setConfig(OBJECT).build()).getDiagnosticsList()).isEmpty();
        assertThat(client.unary(ProviderGrpcClient.GetResourceIdentitySchemas,
                GetResourceIdentitySchemas.Request.getDefaultInstance()).getDiagnosticsList()).isEmpty();
        assertThat(client.unary(ProviderGrpcClient.GetFunctions, GetFunctions.Request.getDefaultInstance())
                .getFunctionsMap()).isEmpty();
        assertThat(client.unary(ProviderGrpcClient.CallFunction, CallFunction.Request.newBuilder().setName("f")
                .build()).getError().getText()).contains("\"f\"");
        assertThat(client.unary(ProviderGrpcClient.Stop, Stop.Request.getDefaultInstance()).getError()).isEmpty();
    }

    @Test
    void perTypeCalls() {
        String t = "vf_thing";
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateResourceTypeConfig, ValidateResourceTypeConfig.Request
                .newBuilder().setTypeName(t).setConfig(OBJECT).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateDataSourceConfig, ValidateDataSourceConfig.Request
                .newBuilder().setTypeName(t).setConfig(OBJECT).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.UpgradeResourceState, UpgradeResourceState.Request.newBuilder()
                .setTypeName(t).setRawState(RawState.newBuilder().putFlatmap("id", "x")).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.UpgradeResourceIdentity, UpgradeResourceIdentity.Request
                .newBuilder().setTypeName(t).setRawIdentity(RawState.newBuilder().setJson(ByteString.copyFromUtf8("{}")))
                .build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.ReadResource, ReadResource.Request.newBuilder().setTypeName(t)
                .setCurrentState(OBJECT).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.PlanResourceChange, PlanResourceChange.Request.newBuilder()
                .setTypeName(t).setPriorState(NULL).setProposedNewState(OBJECT).setConfig(OBJECT).build())
                .getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.ApplyResourceChange, ApplyResourceChange.Request.newBuilder()
                .setTypeName(t).setPriorState(NULL).setPlannedState(OBJECT).setConfig(OBJECT).build())
                .getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.ImportResourceState, ImportResourceState.Request.newBuilder()
                .setTypeName(t).setId("i").build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.MoveResourceState, MoveResourceState.Request.newBuilder()
                .setSourceTypeName("old").setTargetTypeName(t).setSourceState(RawState.newBuilder()
                        .setJson(ByteString.copyFromUtf8("{}"))).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.ReadDataSource, ReadDataSource.Request.newBuilder()
                .setTypeName(t).setConfig(OBJECT).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.GenerateResourceConfig, GenerateResourceConfig.Request
                .newBuilder().setTypeName(t).setState(OBJECT).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateEphemeralResourceConfig,
                ValidateEphemeralResourceConfig.Request.newBuilder().setTypeName(t).setConfig(OBJECT).build())
                .getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.OpenEphemeralResource, OpenEphemeralResource.Request
                .newBuilder().setTypeName(t).setConfig(OBJECT).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.RenewEphemeralResource, RenewEphemeralResource.Request
                .newBuilder().setTypeName(t).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.CloseEphemeralResource, CloseEphemeralResource.Request
                .newBuilder().setTypeName(t).build()).getDiagnosticsList(), t);
        var list = client.outcome(ProviderGrpcClient.ListResource, ListResource.Request.newBuilder().setTypeName(t)
                .setConfig(OBJECT).build(), 0);
        assertThat(list.status()).isEqualTo(GrpcStatus.OK);
        assertUnsupported(list.messages().get(0).getDiagnosticList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateListResourceConfig, ValidateListResourceConfig.Request
                .newBuilder().setTypeName(t).setConfig(OBJECT).build()).getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.PlanAction, PlanAction.Request.newBuilder().setActionType(t)
                .setConfig(OBJECT).build()).getDiagnosticsList(), t);
        var invoke = client.outcome(ProviderGrpcClient.InvokeAction, InvokeAction.Request.newBuilder().setActionType(t)
                .setConfig(OBJECT).build(), 0);
        assertUnsupported(invoke.messages().get(0).getCompleted().getDiagnosticsList(), t);
        assertUnsupported(client.unary(ProviderGrpcClient.ValidateActionConfig, ValidateActionConfig.Request
                .newBuilder().setTypeName(t).setConfig(OBJECT).build()).getDiagnosticsList(), t);
        assertThat(Tfplugin5Proto.getDescriptor().findServiceByName("Provider").getMethods()).hasSize(28);
    }

    @Test
    void provisionerServiceServesNothing() {
        var schema = client.unary(ProvisionerGrpcClient.GetSchema, GetProvisionerSchema.Request.getDefaultInstance());
        assertThat(schema.getProvisioner().getBlock().getAttributesList()).isEmpty();
        assertThat(client.unary(ProvisionerGrpcClient.ValidateProvisionerConfig, ValidateProvisionerConfig.Request
                .newBuilder().setConfig(OBJECT).build()).getDiagnostics(0).getSummary()).isEqualTo("No provisioners");
        var run = client.outcome(ProvisionerGrpcClient.ProvisionResource, ProvisionResource.Request.newBuilder()
                .setConfig(OBJECT).setConnection(NULL).build(), 0);
        assertThat(run.messages()).singleElement().satisfies(r -> assertThat(r.getDiagnosticsCount()).isEqualTo(1));
        assertThat(client.unary(ProvisionerGrpcClient.Stop, Stop.Request.getDefaultInstance()).getError()).isEmpty();
    }

    @Test
    void protocol6ServicesAreNotServedToAProtocol5Host() {
        var outcome = client.outcome(io.vertiform.rpc.proto.v6.ProviderGrpcClient.GetProviderSchema,
                io.vertiform.rpc.proto.v6.GetProviderSchema.Request.getDefaultInstance(), 0);
        assertThat(outcome.status()).isEqualTo(GrpcStatus.UNIMPLEMENTED);
    }
}
