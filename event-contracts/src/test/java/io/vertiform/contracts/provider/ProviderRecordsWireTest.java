package io.vertiform.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.contracts.codec.ContractCodecException;
import io.vertiform.contracts.codec.MessageCodecs;
import io.vertiform.contracts.codec.MsgpackCodec;
import io.vertiform.contracts.codec.WireFormat;
import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.wire.RecordWire;
import io.vertiform.cty.CtyType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderRecordsWireTest {

    private static <R extends Record> R roundTrip(R value) {
        @SuppressWarnings("unchecked")
        WireFormat<R> format = RecordWire.of((Class<R>) value.getClass());
        MsgpackCodec<R> codec = new MsgpackCodec<>(format);
        return codec.decode(codec.encode(value));
    }

    @Test
    void planRequestAndResponseSurviveTheBinaryCodec() {
        PlanResourceChange.Request request = new PlanResourceChange.Request("vf_thing",
                DynamicValue.NULL, DynamicValue.msgpack(new byte[] {(byte) 0x81, (byte) 0xa1, 'a', 1}),
                DynamicValue.json("{\"a\":1}".getBytes()), new byte[] {9}, null,
                new ClientCapabilities(true, false, true, false),
                new ResourceIdentityData(DynamicValue.msgpack(new byte[] {(byte) 0xc3})), null);
        PlanResourceChange.Request back = roundTrip(request);
        assertThat(back.typeName()).isEqualTo("vf_thing");
        assertThat(back.priorState()).isEqualTo(DynamicValue.NULL);
        assertThat(back.proposedNewState()).isEqualTo(request.proposedNewState());
        assertThat(back.config().json()).isEqualTo("{\"a\":1}".getBytes());
        assertThat(back.priorPrivate()).containsExactly(9);
        assertThat(back.providerMeta()).isNull();
        assertThat(back.clientCapabilities()).isEqualTo(request.clientCapabilities());
        assertThat(back.priorIdentity()).isEqualTo(request.priorIdentity());
        assertThat(back.plannedPrivate()).isEmpty();

        PlanResourceChange.Response response = new PlanResourceChange.Response(DynamicValue.NULL,
                List.of(AttributePath.of("tags").key("Name"), AttributePath.of("rule").index(3).attribute("port")),
                new byte[0], List.of(Diagnostic.error("bad", "worse").at(AttributePath.of("x"))), false,
                new Deferred(Deferred.Reason.ABSENT_PREREQ), null);
        PlanResourceChange.Response out = roundTrip(response);
        assertThat(out.requiresReplace()).isEqualTo(response.requiresReplace());
        assertThat(out.diagnostics()).isEqualTo(response.diagnostics());
        assertThat(out.deferred().reason()).isEqualTo(Deferred.Reason.ABSENT_PREREQ);
    }

    @Test
    void schemasWithTypesNestedBlocksAndFunctionsSurvive() {
        Schema.Attribute nested = new Schema.Attribute("inner", null,
                new Schema.NestedType(List.of(Schema.Attribute.of("n", CtyType.NUMBER, true, false, false)),
                        Schema.NestedType.NestingMode.LIST), "doc", false, true, false, true, StringKind.MARKDOWN,
                false, true, "");
        Schema.Block block = new Schema.Block(1, List.of(Schema.Attribute.of("id", CtyType.STRING, false, false, true),
                nested), List.of(new Schema.NestedBlock("rule", Schema.Block.EMPTY, Schema.NestedBlock.NestingMode.SET, 0, 3)),
                "d", StringKind.PLAIN, false, "", false);
        CtyType objectType = CtyType.objectWithOptional(Map.of("a", CtyType.STRING, "b", CtyType.list(CtyType.NUMBER)),
                Set.of("b"));
        ProviderFunction function = new ProviderFunction(
                List.of(new ProviderFunction.Parameter("x", objectType, true, false, "", null)), null,
                new ProviderFunction.Return(CtyType.DYNAMIC), "sum", "", null, "");
        GetProviderSchema.Response response = new GetProviderSchema.Response(Schema.EMPTY,
                Map.of("vf_b", new Schema(2, block), "vf_a", Schema.EMPTY), null, Map.of("f", function), null, null,
                null, Map.of("act", new ActionSchema(null)), null, null, ServerCapabilities.NONE);

        GetProviderSchema.Response back = roundTrip(response);
        assertThat(back).isEqualTo(response);
        assertThat(back.resourceSchemas().keySet()).containsExactly("vf_a", "vf_b");
        assertThat(back.functions().get("f").parameters().get(0).type()).isEqualTo(objectType);
    }

    @Test
    void nullableFieldsStayDistinctFromEmpty() {
        Instant at = Instant.parse("2030-01-02T03:04:05.123456789Z");
        OpenEphemeralResource.Response open = new OpenEphemeralResource.Response(List.of(), at, DynamicValue.NULL,
                null, null);
        OpenEphemeralResource.Response back = roundTrip(open);
        assertThat(back.renewAt()).isEqualTo(at);
        assertThat(back.privateData()).isNull();
        assertThat(roundTrip(new RenewEphemeralResource.Request("t", new byte[0])).privateData()).isEmpty();

        assertThat(roundTrip(new CallFunction.Response(null, new FunctionError("no", 2L))).error().functionArgument())
                .isEqualTo(2L);
        assertThat(roundTrip(new CallFunction.Response(null, new FunctionError("no", null))).error().functionArgument())
                .isNull();
        assertThat(roundTrip(new GetStates.Response(List.of("default", "dev"), null)).stateIds())
                .containsExactly("default", "dev");
    }

    @Test
    void garbageIsAContractError() {
        MsgpackCodec<StreamEnd> codec = new MsgpackCodec<>(RecordWire.of(StreamEnd.class));
        assertThatThrownBy(() -> codec.decode(new byte[] {(byte) 0x91, (byte) 0xa1, 'x'}))
                .isInstanceOf(ContractCodecException.class);
        assertThatThrownBy(() -> new StreamEnd(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRpcRecordIsRegisteredUnderItsClassName() {
        List<String> names = MessageCodecs.formats().stream().map(WireFormat::name).toList();
        assertThat(names).contains("vertiform.contracts.provider.PlanResourceChange.Request",
                "vertiform.contracts.provider.InvokeAction.Event", "vertiform.contracts.provider.StreamEnd",
                "vertiform.contracts.provider.CancelRequest").doesNotHaveDuplicates();
        for (Class<?> rpc : ProviderContractFormats.RPCS) {
            for (Class<?> nested : rpc.getDeclaredClasses()) {
                if (nested.isRecord()) {
                    assertThat(names).as(nested.getName()).contains(RecordWire.nameOf(nested));
                }
            }
        }
    }
}
