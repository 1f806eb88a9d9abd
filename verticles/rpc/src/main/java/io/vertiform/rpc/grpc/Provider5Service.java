package io.vertiform.rpc.grpc;

import io.vertiform.rpc.ops.Operations;
import io.vertiform.rpc.session.SessionRuntime;
import io.vertx.grpc.server.GrpcServer;

/**
 * The {@code tfplugin5.Provider} service (protocol 5.10, also what Terraform 0.12–0.14 speak): every RPC
 * bound to its protocol-neutral {@link io.vertiform.rpc.ops.Operation}. Protocol 5 specifics: PrepareProviderConfig
 * must return a prepared config (the request's when the component gives none), and schemas using protocol-6-only
 * features are reported as diagnostics.
 */
public final class Provider5Service {

    /** The generated method descriptors, under a short name. */
    private static final class S extends io.vertiform.rpc.proto.v5.ProviderGrpcService {
    }

    private Provider5Service() {
    }

    /** Binds every RPC of {@code tfplugin5.Provider} on {@code server} for {@code session}. */
    public static void bind(GrpcServer server, SessionRuntime session) {
        Operations ops = session.operations();
        new UnaryCall<>(S.GetMetadata, ops.getMetadata,
                io.vertiform.rpc.proto.v5.GetMetadata.Response.getDefaultInstance(), Protocol5.METADATA_FEATURES).bind(server, session);
        new UnaryCall<>(S.GetSchema, ops.getProviderSchema,
                io.vertiform.rpc.proto.v5.GetProviderSchema.Response.getDefaultInstance(), Protocol5.SCHEMA_FEATURES).bind(server, session);
        new UnaryCall<>(S.PrepareProviderConfig, ops.validateProviderConfig,
                io.vertiform.rpc.proto.v5.PrepareProviderConfig.Response.getDefaultInstance(), Protocol5.PREPARED_CONFIG).bind(server, session);
        new UnaryCall<>(S.ValidateResourceTypeConfig, ops.validateResourceConfig,
                io.vertiform.rpc.proto.v5.ValidateResourceTypeConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ValidateDataSourceConfig, ops.validateDataResourceConfig,
                io.vertiform.rpc.proto.v5.ValidateDataSourceConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.UpgradeResourceState, ops.upgradeResourceState,
                io.vertiform.rpc.proto.v5.UpgradeResourceState.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.GetResourceIdentitySchemas, ops.getResourceIdentitySchemas,
                io.vertiform.rpc.proto.v5.GetResourceIdentitySchemas.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.UpgradeResourceIdentity, ops.upgradeResourceIdentity,
                io.vertiform.rpc.proto.v5.UpgradeResourceIdentity.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.Configure, ops.configureProvider,
                io.vertiform.rpc.proto.v5.Configure.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ReadResource, ops.readResource,
                io.vertiform.rpc.proto.v5.ReadResource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.PlanResourceChange, ops.planResourceChange,
                io.vertiform.rpc.proto.v5.PlanResourceChange.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ApplyResourceChange, ops.applyResourceChange,
                io.vertiform.rpc.proto.v5.ApplyResourceChange.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ImportResourceState, ops.importResourceState,
                io.vertiform.rpc.proto.v5.ImportResourceState.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.MoveResourceState, ops.moveResourceState,
                io.vertiform.rpc.proto.v5.MoveResourceState.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ReadDataSource, ops.readDataSource,
                io.vertiform.rpc.proto.v5.ReadDataSource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.GenerateResourceConfig, ops.generateResourceConfig,
                io.vertiform.rpc.proto.v5.GenerateResourceConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.ValidateEphemeralResourceConfig, ops.validateEphemeralResourceConfig,
                io.vertiform.rpc.proto.v5.ValidateEphemeralResourceConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.OpenEphemeralResource, ops.openEphemeralResource,
                io.vertiform.rpc.proto.v5.OpenEphemeralResource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.RenewEphemeralResource, ops.renewEphemeralResource,
                io.vertiform.rpc.proto.v5.RenewEphemeralResource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.CloseEphemeralResource, ops.closeEphemeralResource,
                io.vertiform.rpc.proto.v5.CloseEphemeralResource.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new StreamCall<>(S.ListResource, ops.listResource,
                io.vertiform.rpc.proto.v5.ListResource.Event.getDefaultInstance()).bind(server, session);
        new UnaryCall<>(S.ValidateListResourceConfig, ops.validateListResourceConfig,
                io.vertiform.rpc.proto.v5.ValidateListResourceConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.GetFunctions, ops.getFunctions,
                io.vertiform.rpc.proto.v5.GetFunctions.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.CallFunction, ops.callFunction,
                io.vertiform.rpc.proto.v5.CallFunction.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.PlanAction, ops.planAction,
                io.vertiform.rpc.proto.v5.PlanAction.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new StreamCall<>(S.InvokeAction, ops.invokeAction,
                io.vertiform.rpc.proto.v5.InvokeAction.Event.getDefaultInstance()).bind(server, session);
        new UnaryCall<>(S.ValidateActionConfig, ops.validateActionConfig,
                io.vertiform.rpc.proto.v5.ValidateActionConfig.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
        new UnaryCall<>(S.Stop, ops.stopProvider,
                io.vertiform.rpc.proto.v5.Stop.Response.getDefaultInstance(), ResponseFinisher.none()).bind(server, session);
    }
}
