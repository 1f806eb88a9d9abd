package io.vertiform.contracts.provider;

import io.vertiform.contracts.codec.ContractFormats;
import io.vertiform.contracts.codec.WireFormat;
import io.vertiform.contracts.provider.wire.RecordWire;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Wire formats of every provider message, found by {@link io.vertiform.contracts.codec.MessageCodecs}: each
 * record nested in an RPC's class (its Request, Response, events...) plus the bus-only records.
 */
public final class ProviderContractFormats implements ContractFormats {

    /** The classes holding one RPC's records each. */
    static final List<Class<?>> RPCS = List.of(
            GetProviderSchema.class, GetMetadata.class, ValidateProviderConfig.class, ConfigureProvider.class,
            StopProvider.class, GetResourceIdentitySchemas.class, UpgradeResourceIdentity.class, GetFunctions.class,
            CallFunction.class, ValidateResourceConfig.class, UpgradeResourceState.class, ReadResource.class,
            PlanResourceChange.class, ApplyResourceChange.class, ImportResourceState.class, MoveResourceState.class,
            GenerateResourceConfig.class, ValidateDataResourceConfig.class, ReadDataSource.class,
            ValidateEphemeralResourceConfig.class, OpenEphemeralResource.class, RenewEphemeralResource.class,
            CloseEphemeralResource.class, ListResource.class, ValidateListResourceConfig.class, PlanAction.class,
            InvokeAction.class, ValidateActionConfig.class, ValidateStateStoreConfig.class, ConfigureStateStore.class,
            ReadStateBytes.class, WriteStateBytes.class, LockState.class, UnlockState.class, GetStates.class,
            DeleteState.class);

    @Override
    public List<WireFormat<?>> formats() {
        List<WireFormat<?>> formats = new ArrayList<>();
        for (Class<?> rpc : RPCS) {
            Arrays.stream(rpc.getDeclaredClasses())
                    .filter(Class::isRecord)
                    .sorted(Comparator.comparing(Class::getName))
                    .forEach(c -> formats.add(RecordWire.of(c.asSubclass(Record.class))));
        }
        formats.add(RecordWire.of(StreamEnd.class));
        formats.add(RecordWire.of(CancelRequest.class));
        formats.add(RecordWire.of(DescribeSession.Request.class));
        formats.add(RecordWire.of(DescribeSession.Response.class));
        return formats;
    }
}
