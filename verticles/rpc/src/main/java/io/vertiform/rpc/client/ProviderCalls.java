package io.vertiform.rpc.client;

import io.vertiform.contracts.provider.*;
import io.vertiform.rpc.client.mapping.ClientRpc;
import io.vertiform.rpc.client.mapping.RpcTable;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;

/**
 * The provider RPCs by name, with neutral records in and out. Protocol-specific names (GetSchema, Configure,
 * PrepareProviderConfig, ValidateResourceTypeConfig...) are the implementation's business.
 */
public interface ProviderCalls {

    /** One unary RPC; {@code timeout} zero or null for no deadline. */
    <Q extends Record, R extends Record> Future<R> call(ClientRpc<Q, R> rpc, Q request, Duration timeout);

    /** One server-streaming RPC, its items collected until the stream ends. */
    <Q extends Record, R extends Record> Future<List<R>> stream(ClientRpc<Q, R> rpc, Q request, Duration timeout);

    default <Q extends Record, R extends Record> Future<R> call(ClientRpc<Q, R> rpc, Q request) {
        return call(rpc, request, null);
    }

    default Future<GetMetadata.Response> getMetadata(GetMetadata.Request q) {
        return call(RpcTable.GET_METADATA, q);
    }

    default Future<GetProviderSchema.Response> getProviderSchema(GetProviderSchema.Request q) {
        return call(RpcTable.GET_PROVIDER_SCHEMA, q);
    }

    default Future<ValidateProviderConfig.Response> validateProviderConfig(ValidateProviderConfig.Request q) {
        return call(RpcTable.VALIDATE_PROVIDER_CONFIG, q);
    }

    default Future<ConfigureProvider.Response> configureProvider(ConfigureProvider.Request q) {
        return call(RpcTable.CONFIGURE_PROVIDER, q);
    }

    default Future<ValidateResourceConfig.Response> validateResourceConfig(ValidateResourceConfig.Request q) {
        return call(RpcTable.VALIDATE_RESOURCE_CONFIG, q);
    }

    default Future<UpgradeResourceState.Response> upgradeResourceState(UpgradeResourceState.Request q) {
        return call(RpcTable.UPGRADE_RESOURCE_STATE, q);
    }

    default Future<ReadResource.Response> readResource(ReadResource.Request q) {
        return call(RpcTable.READ_RESOURCE, q);
    }

    default Future<PlanResourceChange.Response> planResourceChange(PlanResourceChange.Request q) {
        return call(RpcTable.PLAN_RESOURCE_CHANGE, q);
    }

    default Future<ApplyResourceChange.Response> applyResourceChange(ApplyResourceChange.Request q) {
        return call(RpcTable.APPLY_RESOURCE_CHANGE, q);
    }

    default Future<ImportResourceState.Response> importResourceState(ImportResourceState.Request q) {
        return call(RpcTable.IMPORT_RESOURCE_STATE, q);
    }

    default Future<MoveResourceState.Response> moveResourceState(MoveResourceState.Request q) {
        return call(RpcTable.MOVE_RESOURCE_STATE, q);
    }

    default Future<ValidateDataResourceConfig.Response> validateDataResourceConfig(
            ValidateDataResourceConfig.Request q) {
        return call(RpcTable.VALIDATE_DATA_RESOURCE_CONFIG, q);
    }

    default Future<ReadDataSource.Response> readDataSource(ReadDataSource.Request q) {
        return call(RpcTable.READ_DATA_SOURCE, q);
    }

    default Future<GetFunctions.Response> getFunctions(GetFunctions.Request q) {
        return call(RpcTable.GET_FUNCTIONS, q);
    }

    default Future<CallFunction.Response> callFunction(CallFunction.Request q) {
        return call(RpcTable.CALL_FUNCTION, q);
    }

    default Future<ValidateEphemeralResourceConfig.Response> validateEphemeralResourceConfig(
            ValidateEphemeralResourceConfig.Request q) {
        return call(RpcTable.VALIDATE_EPHEMERAL_RESOURCE_CONFIG, q);
    }

    default Future<OpenEphemeralResource.Response> openEphemeralResource(OpenEphemeralResource.Request q) {
        return call(RpcTable.OPEN_EPHEMERAL_RESOURCE, q);
    }

    default Future<RenewEphemeralResource.Response> renewEphemeralResource(RenewEphemeralResource.Request q) {
        return call(RpcTable.RENEW_EPHEMERAL_RESOURCE, q);
    }

    default Future<CloseEphemeralResource.Response> closeEphemeralResource(CloseEphemeralResource.Request q) {
        return call(RpcTable.CLOSE_EPHEMERAL_RESOURCE, q);
    }

    default Future<GetResourceIdentitySchemas.Response> getResourceIdentitySchemas(
            GetResourceIdentitySchemas.Request q) {
        return call(RpcTable.GET_RESOURCE_IDENTITY_SCHEMAS, q);
    }

    default Future<UpgradeResourceIdentity.Response> upgradeResourceIdentity(UpgradeResourceIdentity.Request q) {
        return call(RpcTable.UPGRADE_RESOURCE_IDENTITY, q);
    }

    default Future<List<ListResource.Event>> listResource(ListResource.Request q) {
        return stream(RpcTable.LIST_RESOURCE, q, null);
    }

    default Future<StopProvider.Response> stopProvider(StopProvider.Request q) {
        return call(RpcTable.STOP_PROVIDER, q);
    }
}
