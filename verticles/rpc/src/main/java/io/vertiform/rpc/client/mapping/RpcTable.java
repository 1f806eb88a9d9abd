package io.vertiform.rpc.client.mapping;

import com.google.protobuf.Message;
import io.vertiform.contracts.provider.*;
import io.vertx.grpc.common.ServiceMethod;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every provider RPC a plugin client can make, by neutral request record: which gRPC method carries it in
 * protocol 5 and in protocol 6. Request records become protocol messages and response messages become records
 * with {@link io.vertiform.rpc.mapping.ProtoRecords}, the same field-name mapping the server uses in the other
 * direction. Client streaming (WriteStateBytes) is not offered.
 */
public final class RpcTable {

    /** The generated client method descriptors, under short names. */
    private interface V5 extends io.vertiform.rpc.proto.v5.ProviderGrpcClient {
    }

    private interface V6 extends io.vertiform.rpc.proto.v6.ProviderGrpcClient {
    }

    private static final Optional<ClientRpc.Binding> NONE = Optional.empty();

    public static final ClientRpc<GetMetadata.Request, GetMetadata.Response> GET_METADATA =
            unary("GetMetadata",
            GetMetadata.Request.class, GetMetadata.Response.class,
            v5(V5.GetMetadata, io.vertiform.rpc.proto.v5.GetMetadata.Request.getDefaultInstance()),
            v6(V6.GetMetadata, io.vertiform.rpc.proto.v6.GetMetadata.Request.getDefaultInstance()));
    public static final ClientRpc<GetProviderSchema.Request, GetProviderSchema.Response> GET_PROVIDER_SCHEMA =
            unary("GetProviderSchema",
            GetProviderSchema.Request.class, GetProviderSchema.Response.class,
            v5(V5.GetSchema, io.vertiform.rpc.proto.v5.GetProviderSchema.Request.getDefaultInstance()),
            v6(V6.GetProviderSchema, io.vertiform.rpc.proto.v6.GetProviderSchema.Request.getDefaultInstance()));
    public static final ClientRpc<ValidateProviderConfig.Request, ValidateProviderConfig.Response> VALIDATE_PROVIDER_CONFIG =
            unary("ValidateProviderConfig",
            ValidateProviderConfig.Request.class, ValidateProviderConfig.Response.class,
            v5(V5.PrepareProviderConfig, io.vertiform.rpc.proto.v5.PrepareProviderConfig.Request.getDefaultInstance()),
            v6(V6.ValidateProviderConfig, io.vertiform.rpc.proto.v6.ValidateProviderConfig.Request.getDefaultInstance()));
    public static final ClientRpc<ValidateResourceConfig.Request, ValidateResourceConfig.Response> VALIDATE_RESOURCE_CONFIG =
            unary("ValidateResourceConfig",
            ValidateResourceConfig.Request.class, ValidateResourceConfig.Response.class,
            v5(V5.ValidateResourceTypeConfig, io.vertiform.rpc.proto.v5.ValidateResourceTypeConfig.Request.getDefaultInstance()),
            v6(V6.ValidateResourceConfig, io.vertiform.rpc.proto.v6.ValidateResourceConfig.Request.getDefaultInstance()));
    public static final ClientRpc<ValidateDataResourceConfig.Request, ValidateDataResourceConfig.Response> VALIDATE_DATA_RESOURCE_CONFIG =
            unary("ValidateDataResourceConfig",
            ValidateDataResourceConfig.Request.class, ValidateDataResourceConfig.Response.class,
            v5(V5.ValidateDataSourceConfig, io.vertiform.rpc.proto.v5.ValidateDataSourceConfig.Request.getDefaultInstance()),
            v6(V6.ValidateDataResourceConfig, io.vertiform.rpc.proto.v6.ValidateDataResourceConfig.Request.getDefaultInstance()));
    public static final ClientRpc<UpgradeResourceState.Request, UpgradeResourceState.Response> UPGRADE_RESOURCE_STATE =
            unary("UpgradeResourceState",
            UpgradeResourceState.Request.class, UpgradeResourceState.Response.class,
            v5(V5.UpgradeResourceState, io.vertiform.rpc.proto.v5.UpgradeResourceState.Request.getDefaultInstance()),
            v6(V6.UpgradeResourceState, io.vertiform.rpc.proto.v6.UpgradeResourceState.Request.getDefaultInstance()));
    public static final ClientRpc<GetResourceIdentitySchemas.Request, GetResourceIdentitySchemas.Response> GET_RESOURCE_IDENTITY_SCHEMAS =
            unary("GetResourceIdentitySchemas",
            GetResourceIdentitySchemas.Request.class, GetResourceIdentitySchemas.Response.class,
            v5(V5.GetResourceIdentitySchemas, io.vertiform.rpc.proto.v5.GetResourceIdentitySchemas.Request.getDefaultInstance()),
            v6(V6.GetResourceIdentitySchemas, io.vertiform.rpc.proto.v6.GetResourceIdentitySchemas.Request.getDefaultInstance()));
    public static final ClientRpc<UpgradeResourceIdentity.Request, UpgradeResourceIdentity.Response> UPGRADE_RESOURCE_IDENTITY =
            unary("UpgradeResourceIdentity",
            UpgradeResourceIdentity.Request.class, UpgradeResourceIdentity.Response.class,
            v5(V5.UpgradeResourceIdentity, io.vertiform.rpc.proto.v5.UpgradeResourceIdentity.Request.getDefaultInstance()),
            v6(V6.UpgradeResourceIdentity, io.vertiform.rpc.proto.v6.UpgradeResourceIdentity.Request.getDefaultInstance()));
    public static final ClientRpc<ConfigureProvider.Request, ConfigureProvider.Response> CONFIGURE_PROVIDER =
            unary("ConfigureProvider",
            ConfigureProvider.Request.class, ConfigureProvider.Response.class,
            v5(V5.Configure, io.vertiform.rpc.proto.v5.Configure.Request.getDefaultInstance()),
            v6(V6.ConfigureProvider, io.vertiform.rpc.proto.v6.ConfigureProvider.Request.getDefaultInstance()));
    public static final ClientRpc<ReadResource.Request, ReadResource.Response> READ_RESOURCE =
            unary("ReadResource",
            ReadResource.Request.class, ReadResource.Response.class,
            v5(V5.ReadResource, io.vertiform.rpc.proto.v5.ReadResource.Request.getDefaultInstance()),
            v6(V6.ReadResource, io.vertiform.rpc.proto.v6.ReadResource.Request.getDefaultInstance()));
    public static final ClientRpc<PlanResourceChange.Request, PlanResourceChange.Response> PLAN_RESOURCE_CHANGE =
            unary("PlanResourceChange",
            PlanResourceChange.Request.class, PlanResourceChange.Response.class,
            v5(V5.PlanResourceChange, io.vertiform.rpc.proto.v5.PlanResourceChange.Request.getDefaultInstance()),
            v6(V6.PlanResourceChange, io.vertiform.rpc.proto.v6.PlanResourceChange.Request.getDefaultInstance()));
    public static final ClientRpc<ApplyResourceChange.Request, ApplyResourceChange.Response> APPLY_RESOURCE_CHANGE =
            unary("ApplyResourceChange",
            ApplyResourceChange.Request.class, ApplyResourceChange.Response.class,
            v5(V5.ApplyResourceChange, io.vertiform.rpc.proto.v5.ApplyResourceChange.Request.getDefaultInstance()),
            v6(V6.ApplyResourceChange, io.vertiform.rpc.proto.v6.ApplyResourceChange.Request.getDefaultInstance()));
    public static final ClientRpc<ImportResourceState.Request, ImportResourceState.Response> IMPORT_RESOURCE_STATE =
            unary("ImportResourceState",
            ImportResourceState.Request.class, ImportResourceState.Response.class,
            v5(V5.ImportResourceState, io.vertiform.rpc.proto.v5.ImportResourceState.Request.getDefaultInstance()),
            v6(V6.ImportResourceState, io.vertiform.rpc.proto.v6.ImportResourceState.Request.getDefaultInstance()));
    public static final ClientRpc<MoveResourceState.Request, MoveResourceState.Response> MOVE_RESOURCE_STATE =
            unary("MoveResourceState",
            MoveResourceState.Request.class, MoveResourceState.Response.class,
            v5(V5.MoveResourceState, io.vertiform.rpc.proto.v5.MoveResourceState.Request.getDefaultInstance()),
            v6(V6.MoveResourceState, io.vertiform.rpc.proto.v6.MoveResourceState.Request.getDefaultInstance()));
    public static final ClientRpc<ReadDataSource.Request, ReadDataSource.Response> READ_DATA_SOURCE =
            unary("ReadDataSource",
            ReadDataSource.Request.class, ReadDataSource.Response.class,
            v5(V5.ReadDataSource, io.vertiform.rpc.proto.v5.ReadDataSource.Request.getDefaultInstance()),
            v6(V6.ReadDataSource, io.vertiform.rpc.proto.v6.ReadDataSource.Request.getDefaultInstance()));
    public static final ClientRpc<GenerateResourceConfig.Request, GenerateResourceConfig.Response> GENERATE_RESOURCE_CONFIG =
            unary("GenerateResourceConfig",
            GenerateResourceConfig.Request.class, GenerateResourceConfig.Response.class,
            v5(V5.GenerateResourceConfig, io.vertiform.rpc.proto.v5.GenerateResourceConfig.Request.getDefaultInstance()),
            v6(V6.GenerateResourceConfig, io.vertiform.rpc.proto.v6.GenerateResourceConfig.Request.getDefaultInstance()));
    public static final ClientRpc<ValidateEphemeralResourceConfig.Request, ValidateEphemeralResourceConfig.Response> VALIDATE_EPHEMERAL_RESOURCE_CONFIG =
            unary("ValidateEphemeralResourceConfig",
            ValidateEphemeralResourceConfig.Request.class, ValidateEphemeralResourceConfig.Response.class,
            v5(V5.ValidateEphemeralResourceConfig, io.vertiform.rpc.proto.v5.ValidateEphemeralResourceConfig.Request.getDefaultInstance()),
            v6(V6.ValidateEphemeralResourceConfig, io.vertiform.rpc.proto.v6.ValidateEphemeralResourceConfig.Request.getDefaultInstance()));
    public static final ClientRpc<OpenEphemeralResource.Request, OpenEphemeralResource.Response> OPEN_EPHEMERAL_RESOURCE =
            unary("OpenEphemeralResource",
            OpenEphemeralResource.Request.class, OpenEphemeralResource.Response.class,
            v5(V5.OpenEphemeralResource, io.vertiform.rpc.proto.v5.OpenEphemeralResource.Request.getDefaultInstance()),
            v6(V6.OpenEphemeralResource, io.vertiform.rpc.proto.v6.OpenEphemeralResource.Request.getDefaultInstance()));
    public static final ClientRpc<RenewEphemeralResource.Request, RenewEphemeralResource.Response> RENEW_EPHEMERAL_RESOURCE =
            unary("RenewEphemeralResource",
            RenewEphemeralResource.Request.class, RenewEphemeralResource.Response.class,
            v5(V5.RenewEphemeralResource, io.vertiform.rpc.proto.v5.RenewEphemeralResource.Request.getDefaultInstance()),
            v6(V6.RenewEphemeralResource, io.vertiform.rpc.proto.v6.RenewEphemeralResource.Request.getDefaultInstance()));
    public static final ClientRpc<CloseEphemeralResource.Request, CloseEphemeralResource.Response> CLOSE_EPHEMERAL_RESOURCE =
            unary("CloseEphemeralResource",
            CloseEphemeralResource.Request.class, CloseEphemeralResource.Response.class,
            v5(V5.CloseEphemeralResource, io.vertiform.rpc.proto.v5.CloseEphemeralResource.Request.getDefaultInstance()),
            v6(V6.CloseEphemeralResource, io.vertiform.rpc.proto.v6.CloseEphemeralResource.Request.getDefaultInstance()));
    public static final ClientRpc<ListResource.Request, ListResource.Event> LIST_RESOURCE =
            stream("ListResource",
            ListResource.Request.class, ListResource.Event.class,
            v5(V5.ListResource, io.vertiform.rpc.proto.v5.ListResource.Request.getDefaultInstance()),
            v6(V6.ListResource, io.vertiform.rpc.proto.v6.ListResource.Request.getDefaultInstance()));
    public static final ClientRpc<ValidateListResourceConfig.Request, ValidateListResourceConfig.Response> VALIDATE_LIST_RESOURCE_CONFIG =
            unary("ValidateListResourceConfig",
            ValidateListResourceConfig.Request.class, ValidateListResourceConfig.Response.class,
            v5(V5.ValidateListResourceConfig, io.vertiform.rpc.proto.v5.ValidateListResourceConfig.Request.getDefaultInstance()),
            v6(V6.ValidateListResourceConfig, io.vertiform.rpc.proto.v6.ValidateListResourceConfig.Request.getDefaultInstance()));
    public static final ClientRpc<GetFunctions.Request, GetFunctions.Response> GET_FUNCTIONS =
            unary("GetFunctions",
            GetFunctions.Request.class, GetFunctions.Response.class,
            v5(V5.GetFunctions, io.vertiform.rpc.proto.v5.GetFunctions.Request.getDefaultInstance()),
            v6(V6.GetFunctions, io.vertiform.rpc.proto.v6.GetFunctions.Request.getDefaultInstance()));
    public static final ClientRpc<CallFunction.Request, CallFunction.Response> CALL_FUNCTION =
            unary("CallFunction",
            CallFunction.Request.class, CallFunction.Response.class,
            v5(V5.CallFunction, io.vertiform.rpc.proto.v5.CallFunction.Request.getDefaultInstance()),
            v6(V6.CallFunction, io.vertiform.rpc.proto.v6.CallFunction.Request.getDefaultInstance()));
    public static final ClientRpc<PlanAction.Request, PlanAction.Response> PLAN_ACTION =
            unary("PlanAction",
            PlanAction.Request.class, PlanAction.Response.class,
            v5(V5.PlanAction, io.vertiform.rpc.proto.v5.PlanAction.Request.getDefaultInstance()),
            v6(V6.PlanAction, io.vertiform.rpc.proto.v6.PlanAction.Request.getDefaultInstance()));
    public static final ClientRpc<InvokeAction.Request, InvokeAction.Event> INVOKE_ACTION =
            stream("InvokeAction",
            InvokeAction.Request.class, InvokeAction.Event.class,
            v5(V5.InvokeAction, io.vertiform.rpc.proto.v5.InvokeAction.Request.getDefaultInstance()),
            v6(V6.InvokeAction, io.vertiform.rpc.proto.v6.InvokeAction.Request.getDefaultInstance()));
    public static final ClientRpc<ValidateActionConfig.Request, ValidateActionConfig.Response> VALIDATE_ACTION_CONFIG =
            unary("ValidateActionConfig",
            ValidateActionConfig.Request.class, ValidateActionConfig.Response.class,
            v5(V5.ValidateActionConfig, io.vertiform.rpc.proto.v5.ValidateActionConfig.Request.getDefaultInstance()),
            v6(V6.ValidateActionConfig, io.vertiform.rpc.proto.v6.ValidateActionConfig.Request.getDefaultInstance()));
    public static final ClientRpc<StopProvider.Request, StopProvider.Response> STOP_PROVIDER =
            unary("StopProvider",
            StopProvider.Request.class, StopProvider.Response.class,
            v5(V5.Stop, io.vertiform.rpc.proto.v5.Stop.Request.getDefaultInstance()),
            v6(V6.StopProvider, io.vertiform.rpc.proto.v6.StopProvider.Request.getDefaultInstance()));
    public static final ClientRpc<ValidateStateStoreConfig.Request, ValidateStateStoreConfig.Response> VALIDATE_STATE_STORE_CONFIG =
            unary("ValidateStateStoreConfig",
            ValidateStateStoreConfig.Request.class, ValidateStateStoreConfig.Response.class,
            NONE,
            v6(V6.ValidateStateStoreConfig, io.vertiform.rpc.proto.v6.ValidateStateStore.Request.getDefaultInstance()));
    public static final ClientRpc<ConfigureStateStore.Request, ConfigureStateStore.Response> CONFIGURE_STATE_STORE =
            unary("ConfigureStateStore",
            ConfigureStateStore.Request.class, ConfigureStateStore.Response.class,
            NONE,
            v6(V6.ConfigureStateStore, io.vertiform.rpc.proto.v6.ConfigureStateStore.Request.getDefaultInstance()));
    public static final ClientRpc<ReadStateBytes.Request, ReadStateBytes.Chunk> READ_STATE_BYTES =
            stream("ReadStateBytes",
            ReadStateBytes.Request.class, ReadStateBytes.Chunk.class,
            NONE,
            v6(V6.ReadStateBytes, io.vertiform.rpc.proto.v6.ReadStateBytes.Request.getDefaultInstance()));
    public static final ClientRpc<LockState.Request, LockState.Response> LOCK_STATE =
            unary("LockState",
            LockState.Request.class, LockState.Response.class,
            NONE,
            v6(V6.LockState, io.vertiform.rpc.proto.v6.LockState.Request.getDefaultInstance()));
    public static final ClientRpc<UnlockState.Request, UnlockState.Response> UNLOCK_STATE =
            unary("UnlockState",
            UnlockState.Request.class, UnlockState.Response.class,
            NONE,
            v6(V6.UnlockState, io.vertiform.rpc.proto.v6.UnlockState.Request.getDefaultInstance()));
    public static final ClientRpc<GetStates.Request, GetStates.Response> GET_STATES =
            unary("GetStates",
            GetStates.Request.class, GetStates.Response.class,
            NONE,
            v6(V6.GetStates, io.vertiform.rpc.proto.v6.GetStates.Request.getDefaultInstance()));
    public static final ClientRpc<DeleteState.Request, DeleteState.Response> DELETE_STATE =
            unary("DeleteState",
            DeleteState.Request.class, DeleteState.Response.class,
            NONE,
            v6(V6.DeleteState, io.vertiform.rpc.proto.v6.DeleteState.Request.getDefaultInstance()));

    /** Every RPC, by request record type. */
    public static final Map<Class<?>, ClientRpc<?, ?>> BY_REQUEST = List.<ClientRpc<?, ?>>of(
            GET_METADATA, GET_PROVIDER_SCHEMA, VALIDATE_PROVIDER_CONFIG, VALIDATE_RESOURCE_CONFIG,
            VALIDATE_DATA_RESOURCE_CONFIG, UPGRADE_RESOURCE_STATE, GET_RESOURCE_IDENTITY_SCHEMAS,
            UPGRADE_RESOURCE_IDENTITY, CONFIGURE_PROVIDER, READ_RESOURCE, PLAN_RESOURCE_CHANGE,
            APPLY_RESOURCE_CHANGE, IMPORT_RESOURCE_STATE, MOVE_RESOURCE_STATE, READ_DATA_SOURCE,
            GENERATE_RESOURCE_CONFIG, VALIDATE_EPHEMERAL_RESOURCE_CONFIG, OPEN_EPHEMERAL_RESOURCE,
            RENEW_EPHEMERAL_RESOURCE, CLOSE_EPHEMERAL_RESOURCE, LIST_RESOURCE,
            VALIDATE_LIST_RESOURCE_CONFIG, GET_FUNCTIONS, CALL_FUNCTION, PLAN_ACTION, INVOKE_ACTION,
            VALIDATE_ACTION_CONFIG, STOP_PROVIDER, VALIDATE_STATE_STORE_CONFIG, CONFIGURE_STATE_STORE,
            READ_STATE_BYTES, LOCK_STATE, UNLOCK_STATE, GET_STATES, DELETE_STATE)
            .stream().collect(Collectors.toUnmodifiableMap(ClientRpc::requestType, Function.identity()));

    private RpcTable() {
    }

    /** The RPC for a request record, or a clear failure for anything else. */
    public static ClientRpc<?, ?> forRequest(Object request) {
        ClientRpc<?, ?> rpc = request == null ? null : BY_REQUEST.get(request.getClass());
        if (rpc == null) {
            throw new IllegalArgumentException("not a provider request record the plugin client can send: "
                    + (request == null ? "null" : request.getClass().getName()));
        }
        return rpc;
    }

    private static <Q extends Record, R extends Record> ClientRpc<Q, R> unary(String name, Class<Q> q, Class<R> r,
                                                                             Optional<ClientRpc.Binding> v5,
                                                                             Optional<ClientRpc.Binding> v6) {
        return new ClientRpc<>(name, q, r, false, v5, v6);
    }

    private static <Q extends Record, R extends Record> ClientRpc<Q, R> stream(String name, Class<Q> q, Class<R> r,
                                                                              Optional<ClientRpc.Binding> v5,
                                                                              Optional<ClientRpc.Binding> v6) {
        return new ClientRpc<>(name, q, r, true, v5, v6);
    }

    private static Optional<ClientRpc.Binding> v5(ServiceMethod<? extends Message, ? extends Message> method,
                                                  Message prototype) {
        return Optional.of(new ClientRpc.Binding(method, prototype));
    }

    private static Optional<ClientRpc.Binding> v6(ServiceMethod<? extends Message, ? extends Message> method,
                                                  Message prototype) {
        return Optional.of(new ClientRpc.Binding(method, prototype));
    }
}
