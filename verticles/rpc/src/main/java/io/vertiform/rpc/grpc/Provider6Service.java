package io.vertiform.rpc.grpc;

import io.vertiform.rpc.ops.Operations;
import io.vertiform.rpc.session.SessionRuntime;
import io.vertx.grpc.server.GrpcServer;

/**
 * The {@code tfplugin6.Provider} service (protocol 6.11): every RPC bound to its protocol-neutral
 * {@link io.vertiform.rpc.ops.Operation}, streaming ones included.
 */
public final class Provider6Service {

    /** The generated method descriptors, under a short name. */
    private static final class S extends io.vertiform.rpc.proto.v6.ProviderGrpcService {
    }

    private Provider6Service() {
    }

    /** Binds every RPC of {@code tfplugin6.Provider} on {@code server} for {@code session}. */
    public static void bind(GrpcServer server, SessionRuntime session, long maxStateBytes) {
        Operations ops = session.operations();
        new UnaryCall<>(S.GetMetadata, ops.getMetadata,
                io.vertiform.rpc.proto.v6.GetMetadata.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.GetProviderSchema, ops.getProviderSchema,
                io.vertiform.rpc.proto.v6.GetProviderSchema.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ValidateProviderConfig, ops.validateProviderConfig,
                io.vertiform.rpc.proto.v6.ValidateProviderConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ValidateResourceConfig, ops.validateResourceConfig,
                io.vertiform.rpc.proto.v6.ValidateResourceConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ValidateDataResourceConfig, ops.validateDataResourceConfig,
                io.vertiform.rpc.proto.v6.ValidateDataResourceConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.UpgradeResourceState, ops.upgradeResourceState,
                io.vertiform.rpc.proto.v6.UpgradeResourceState.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.GetResourceIdentitySchemas, ops.getResourceIdentitySchemas,
                io.vertiform.rpc.proto.v6.GetResourceIdentitySchemas.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.UpgradeResourceIdentity, ops.upgradeResourceIdentity,
                io.vertiform.rpc.proto.v6.UpgradeResourceIdentity.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ConfigureProvider, ops.configureProvider,
                io.vertiform.rpc.proto.v6.ConfigureProvider.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ReadResource, ops.readResource,
                io.vertiform.rpc.proto.v6.ReadResource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.PlanResourceChange, ops.planResourceChange,
                io.vertiform.rpc.proto.v6.PlanResourceChange.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ApplyResourceChange, ops.applyResourceChange,
                io.vertiform.rpc.proto.v6.ApplyResourceChange.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ImportResourceState, ops.importResourceState,
                io.vertiform.rpc.proto.v6.ImportResourceState.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.MoveResourceState, ops.moveResourceState,
                io.vertiform.rpc.proto.v6.MoveResourceState.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ReadDataSource, ops.readDataSource,
                io.vertiform.rpc.proto.v6.ReadDataSource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.GenerateResourceConfig, ops.generateResourceConfig,
                io.vertiform.rpc.proto.v6.GenerateResourceConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ValidateEphemeralResourceConfig, ops.validateEphemeralResourceConfig,
                io.vertiform.rpc.proto.v6.ValidateEphemeralResourceConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.OpenEphemeralResource, ops.openEphemeralResource,
                io.vertiform.rpc.proto.v6.OpenEphemeralResource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.RenewEphemeralResource, ops.renewEphemeralResource,
                io.vertiform.rpc.proto.v6.RenewEphemeralResource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.CloseEphemeralResource, ops.closeEphemeralResource,
                io.vertiform.rpc.proto.v6.CloseEphemeralResource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new StreamCall<>(S.ListResource, ops.listResource,
                io.vertiform.rpc.proto.v6.ListResource.Event.getDefaultInstance()).bind(server, session);
        new UnaryCall<>(S.ValidateListResourceConfig, ops.validateListResourceConfig,
                io.vertiform.rpc.proto.v6.ValidateListResourceConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.GetFunctions, ops.getFunctions,
                io.vertiform.rpc.proto.v6.GetFunctions.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.CallFunction, ops.callFunction,
                io.vertiform.rpc.proto.v6.CallFunction.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ValidateStateStoreConfig, ops.validateStateStoreConfig,
                io.vertiform.rpc.proto.v6.ValidateStateStore.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ConfigureStateStore, ops.configureStateStore,
                io.vertiform.rpc.proto.v6.ConfigureStateStore.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new StreamCall<>(S.ReadStateBytes, ops.readStateBytes,
                io.vertiform.rpc.proto.v6.ReadStateBytes.Response.getDefaultInstance()).bind(server, session);
        new WriteStateBytesCall(ops.writeStateBytes, maxStateBytes).bind(server, session);
        new UnaryCall<>(S.LockState, ops.lockState,
                io.vertiform.rpc.proto.v6.LockState.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.UnlockState, ops.unlockState,
                io.vertiform.rpc.proto.v6.UnlockState.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.GetStates, ops.getStates,
                io.vertiform.rpc.proto.v6.GetStates.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.DeleteState, ops.deleteState,
                io.vertiform.rpc.proto.v6.DeleteState.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.PlanAction, ops.planAction,
                io.vertiform.rpc.proto.v6.PlanAction.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new StreamCall<>(S.InvokeAction, ops.invokeAction,
                io.vertiform.rpc.proto.v6.InvokeAction.Event.getDefaultInstance()).bind(server, session);
        new UnaryCall<>(S.ValidateActionConfig, ops.validateActionConfig,
                io.vertiform.rpc.proto.v6.ValidateActionConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.StopProvider, ops.stopProvider,
                io.vertiform.rpc.proto.v6.StopProvider.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
    }
}
