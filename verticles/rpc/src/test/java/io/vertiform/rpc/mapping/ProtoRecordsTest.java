package io.vertiform.rpc.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.diag.Severity;
import io.vertiform.contracts.provider.CallFunction;
import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.FunctionError;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.OpenEphemeralResource;
import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderFunction;
import io.vertiform.contracts.provider.Schema;
import io.vertiform.contracts.provider.ServerCapabilities;
import io.vertiform.contracts.provider.StopProvider;
import io.vertiform.contracts.provider.StringKind;
import io.vertiform.cty.CtyType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtoRecordsTest {

    private static final ByteString STATE = ByteString.copyFrom(new byte[] {(byte) 0x81, (byte) 0xa1, 'a', 1});

    @Test
    void protocol6PlanRequestMapsFieldByField() {
        var proto = io.vertiform.rpc.proto.v6.PlanResourceChange.Request.newBuilder()
                .setTypeName("vf_x")
                .setPriorState(io.vertiform.rpc.proto.v6.DynamicValue.newBuilder().setMsgpack(ByteString.copyFrom(new byte[] {(byte) 0xc0})))
                .setProposedNewState(io.vertiform.rpc.proto.v6.DynamicValue.newBuilder().setMsgpack(STATE))
                .setConfig(io.vertiform.rpc.proto.v6.DynamicValue.newBuilder().setJson(ByteString.copyFromUtf8("{}")))
                .setPriorPrivate(ByteString.copyFromUtf8("p"))
                .setClientCapabilities(io.vertiform.rpc.proto.v6.ClientCapabilities.newBuilder()
                        .setDeferralAllowed(true).setComputedBlocksAllowed(true))
                .setPlannedPrivate(ByteString.copyFromUtf8("pp"))
                .build();
        PlanResourceChange.Request r = ProtoRecords.toRecord(proto, PlanResourceChange.Request.class);
        assertThat(r.typeName()).isEqualTo("vf_x");
        assertThat(r.priorState()).isEqualTo(DynamicValue.NULL);
        assertThat(r.proposedNewState().msgpack()).isEqualTo(STATE.toByteArray());
        assertThat(r.config().json()).isEqualTo("{}".getBytes());
        assertThat(r.priorPrivate()).isEqualTo("p".getBytes());
        assertThat(r.providerMeta()).isNull();
        assertThat(r.clientCapabilities()).isEqualTo(new ClientCapabilities(true, false, false, true));
        assertThat(r.priorIdentity()).isNull();
        assertThat(r.plannedPrivate()).isEqualTo("pp".getBytes());
    }

    @Test
    void protocol5LacksTheNewestFieldsWhichStayDefault() {
        var proto = io.vertiform.rpc.proto.v5.PlanResourceChange.Request.newBuilder().setTypeName("t")
                .setClientCapabilities(io.vertiform.rpc.proto.v5.ClientCapabilities.newBuilder().setDeferralAllowed(true))
                .build();
        PlanResourceChange.Request r = ProtoRecords.toRecord(proto, PlanResourceChange.Request.class);
        assertThat(r.clientCapabilities()).isEqualTo(new ClientCapabilities(true, false, false, false));
        assertThat(r.plannedPrivate()).isEmpty();
        assertThat(ProtoRecords.unmappedComponents(io.vertiform.rpc.proto.v5.PlanResourceChange.Request.getDescriptor(),
                PlanResourceChange.Request.class)).containsExactly("plannedPrivate");
        assertThat(ProtoRecords.unmappedComponents(io.vertiform.rpc.proto.v5.Schema.Attribute.getDescriptor(),
                Schema.Attribute.class)).containsExactly("nestedType");
    }

    @Test
    void planResponseWithPathsAndDiagnosticsMapsBack() {
        PlanResourceChange.Response r = new PlanResourceChange.Response(DynamicValue.msgpack(STATE.toByteArray()),
                List.of(AttributePath.of("tags").key("Name"), AttributePath.of("rule").index(2)), null,
                List.of(Diagnostic.warning("careful", "d").at(AttributePath.of("x")), Diagnostic.error("bad", "")),
                false, null, null);
        var proto = ProtoRecords.fill(r, io.vertiform.rpc.proto.v5.PlanResourceChange.Response.newBuilder()).build();
        assertThat(proto.getPlannedState().getMsgpack()).isEqualTo(STATE);
        assertThat(proto.getRequiresReplace(0).getSteps(0).getAttributeName()).isEqualTo("tags");
        assertThat(proto.getRequiresReplace(0).getSteps(1).getElementKeyString()).isEqualTo("Name");
        assertThat(proto.getRequiresReplace(1).getSteps(1).getElementKeyInt()).isEqualTo(2);
        assertThat(proto.getDiagnostics(0).getSeverity()).isEqualTo(io.vertiform.rpc.proto.v5.Diagnostic.Severity.WARNING);
        assertThat(proto.getDiagnostics(0).getAttribute().getSteps(0).getAttributeName()).isEqualTo("x");
        assertThat(proto.getDiagnostics(1).hasAttribute()).isFalse();
        assertThat(proto.hasDeferred()).isFalse();
        // and back again, as a host's response would be read
        PlanResourceChange.Response back = ProtoRecords.toRecord(proto, PlanResourceChange.Response.class);
        assertThat(back.requiresReplace()).isEqualTo(r.requiresReplace());
        assertThat(back.diagnostics()).isEqualTo(r.diagnostics());
    }

    @Test
    void schemasCarryTypesAsTypeJsonAndMapsSorted() {
        Schema.Attribute nested = new Schema.Attribute("n", null, new Schema.NestedType(
                List.of(Schema.Attribute.of("x", CtyType.NUMBER, true, false, false)), Schema.NestedType.NestingMode.SET),
                "", false, true, false, false, StringKind.PLAIN, false, false, "");
        Schema schema = new Schema(3, new Schema.Block(0, List.of(Schema.Attribute.of("id", CtyType.list(CtyType.STRING),
                false, false, true), nested), List.of(new Schema.NestedBlock("b", Schema.Block.EMPTY,
                Schema.NestedBlock.NestingMode.LIST, 1, 2)), "doc", StringKind.MARKDOWN, false, "", true));
        ProviderFunction fn = new ProviderFunction(List.of(new ProviderFunction.Parameter("a", CtyType.STRING, false,
                true, "", StringKind.PLAIN)), null, new ProviderFunction.Return(CtyType.BOOL), "s", "", null, "");
        GetProviderSchema.Response r = new GetProviderSchema.Response(Schema.EMPTY, Map.of("z", schema, "a", schema),
                null, Map.of("f", fn), null, null, Map.of("store", Schema.EMPTY), null, null, null,
                new ServerCapabilities(true, false, true, false));

        var v6 = ProtoRecords.fill(r, io.vertiform.rpc.proto.v6.GetProviderSchema.Response.newBuilder()).build();
        var a = v6.getResourceSchemasOrThrow("a");
        assertThat(a.getVersion()).isEqualTo(3);
        assertThat(a.getBlock().getAttributes(0).getType().toStringUtf8()).isEqualTo("[\"list\",\"string\"]");
        assertThat(a.getBlock().getAttributes(1).getNestedType().getNesting())
                .isEqualTo(io.vertiform.rpc.proto.v6.Schema.Object.NestingMode.SET);
        assertThat(a.getBlock().getBlockTypes(0).getNesting())
                .isEqualTo(io.vertiform.rpc.proto.v6.Schema.NestedBlock.NestingMode.LIST);
        assertThat(a.getBlock().getComputed()).isTrue();
        assertThat(a.getBlock().getDescriptionKind()).isEqualTo(io.vertiform.rpc.proto.v6.StringKind.MARKDOWN);
        assertThat(v6.getFunctionsOrThrow("f").getReturn().getType().toStringUtf8()).isEqualTo("\"bool\"");
        assertThat(v6.getStateStoreSchemasMap()).containsKey("store");
        assertThat(v6.getServerCapabilities().getMoveResourceState()).isTrue();
        assertThat(v6.getResourceSchemasMap().keySet()).containsExactly("a", "z");

        // Protocol 5 has no nested types, computed blocks or state stores: silently absent here, which is why
        // ProtocolFeatures reports them.
        var v5 = ProtoRecords.fill(r, io.vertiform.rpc.proto.v5.GetProviderSchema.Response.newBuilder()).build();
        assertThat(v5.getResourceSchemasOrThrow("a").getBlock().getAttributes(1).getType().isEmpty()).isTrue();
        assertThat(ProtocolFeatures.protocol5Problems(r)).extracting(Diagnostic::summary).contains(
                "Nested attributes need plugin protocol 6", "Computed blocks need plugin protocol 6",
                "State stores need plugin protocol 6");

        GetProviderSchema.Response back = ProtoRecords.toRecord(v6, GetProviderSchema.Response.class);
        assertThat(back.resourceSchemas().get("z")).isEqualTo(schema);
        assertThat(back.functions().get("f")).isEqualTo(fn);
    }

    @Test
    void nullableScalarsTimestampsAndOddNames() {
        var call = ProtoRecords.fill(new CallFunction.Response(null, new FunctionError("boom", 1L)),
                io.vertiform.rpc.proto.v6.CallFunction.Response.newBuilder()).build();
        assertThat(call.getError().hasFunctionArgument()).isTrue();
        assertThat(ProtoRecords.toRecord(call, CallFunction.Response.class).error()).isEqualTo(new FunctionError("boom", 1L));
        var noArg = io.vertiform.rpc.proto.v6.CallFunction.Response.newBuilder()
                .setError(io.vertiform.rpc.proto.v6.FunctionError.newBuilder().setText("x")).build();
        assertThat(ProtoRecords.toRecord(noArg, CallFunction.Response.class).error().functionArgument()).isNull();

        Instant at = Instant.parse("2031-05-06T07:08:09.5Z");
        var open = ProtoRecords.fill(new OpenEphemeralResource.Response(List.of(), at, null, null, null),
                io.vertiform.rpc.proto.v6.OpenEphemeralResource.Response.newBuilder()).build();
        assertThat(open.getRenewAt().getSeconds()).isEqualTo(at.getEpochSecond());
        assertThat(open.hasPrivate()).isFalse();
        assertThat(ProtoRecords.toRecord(open, OpenEphemeralResource.Response.class).renewAt()).isEqualTo(at);

        var stop = ProtoRecords.fill(new StopProvider.Response("no"),
                io.vertiform.rpc.proto.v5.Stop.Response.newBuilder()).build();
        assertThat(stop.getError()).isEqualTo("no");
    }

    @Test
    void badTypeBytesAreAMappingError() {
        var proto = io.vertiform.rpc.proto.v6.Schema.Attribute.newBuilder().setName("a")
                .setType(ByteString.copyFromUtf8("\"strin\"")).build();
        assertThatThrownBy(() -> ProtoRecords.toRecord(proto, Schema.Attribute.class))
                .isInstanceOf(ProtoMappingException.class).hasMessageContaining("strin");
    }

    @Test
    void responsesWithOnlyDiagnosticsFitEveryShape() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "s", "d", AttributePath.EMPTY);
        assertThat(Responses.withDiagnostics(PlanResourceChange.Response.class, List.of(d)).diagnostics()).containsExactly(d);
        assertThat(Responses.withDiagnostics(CallFunction.Response.class, List.of(d)).error().text()).isEqualTo("s: d");
        assertThat(Responses.withDiagnostics(StopProvider.Response.class, List.of(d)).error()).isEqualTo("s: d");
    }
}
