package io.vertiform.rpc.ops;

import static io.vertiform.contracts.provider.ProviderAddresses.Family.ACTION;
import static io.vertiform.contracts.provider.ProviderAddresses.Family.DATA_SOURCE;
import static io.vertiform.contracts.provider.ProviderAddresses.Family.EPHEMERAL_RESOURCE;
import static io.vertiform.contracts.provider.ProviderAddresses.Family.FUNCTION;
import static io.vertiform.contracts.provider.ProviderAddresses.Family.LIST_RESOURCE;
import static io.vertiform.contracts.provider.ProviderAddresses.Family.RESOURCE;
import static io.vertiform.contracts.provider.ProviderAddresses.Family.STATE_STORE;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.*;
import io.vertiform.rpc.bus.CallContext;
import io.vertiform.rpc.bus.ProviderBus;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every provider RPC as an {@link Operation}: where its request goes and what is answered when nobody is
 * there (see {@link ProviderAddresses} for the table). One instance per session, because Stop reaches into the
 * session's in-flight calls.
 */
public final class Operations {

    /** What a session does when Terraform calls Stop. */
    @FunctionalInterface
    public interface StopHandler {
        /** Cancels every in-flight call of the session except {@code caller}. */
        void stopAll(CallContext caller);
    }

    public final Operation<GetProviderSchema.Request, GetProviderSchema.Response> getProviderSchema;
    public final Operation<GetMetadata.Request, GetMetadata.Response> getMetadata;
    public final Operation<ValidateProviderConfig.Request, ValidateProviderConfig.Response> validateProviderConfig;
    public final Operation<ConfigureProvider.Request, ConfigureProvider.Response> configureProvider;
    public final Operation<StopProvider.Request, StopProvider.Response> stopProvider;
    public final Operation<GetResourceIdentitySchemas.Request, GetResourceIdentitySchemas.Response> getResourceIdentitySchemas;
    public final Operation<GetFunctions.Request, GetFunctions.Response> getFunctions;
    public final Operation<CallFunction.Request, CallFunction.Response> callFunction;

    public final Operation<ValidateResourceConfig.Request, ValidateResourceConfig.Response> validateResourceConfig =
            typed("ValidateResourceConfig", ValidateResourceConfig.Request.class, ValidateResourceConfig.Response.class,
                    RESOURCE, ProviderAddresses.VALIDATE, ValidateResourceConfig.Request::typeName, "typeName", "config");
    public final Operation<UpgradeResourceState.Request, UpgradeResourceState.Response> upgradeResourceState =
            typed("UpgradeResourceState", UpgradeResourceState.Request.class, UpgradeResourceState.Response.class,
                    RESOURCE, ProviderAddresses.UPGRADE_STATE, UpgradeResourceState.Request::typeName,
                    "typeName", "rawState");
    public final Operation<UpgradeResourceIdentity.Request, UpgradeResourceIdentity.Response> upgradeResourceIdentity =
            typed("UpgradeResourceIdentity", UpgradeResourceIdentity.Request.class, UpgradeResourceIdentity.Response.class,
                    RESOURCE, ProviderAddresses.UPGRADE_IDENTITY, UpgradeResourceIdentity.Request::typeName,
                    "typeName", "rawIdentity");
    public final Operation<ReadResource.Request, ReadResource.Response> readResource =
            typed("ReadResource", ReadResource.Request.class, ReadResource.Response.class, RESOURCE,
                    ProviderAddresses.READ, ReadResource.Request::typeName, "typeName", "currentState");
    public final Operation<PlanResourceChange.Request, PlanResourceChange.Response> planResourceChange =
            typed("PlanResourceChange", PlanResourceChange.Request.class, PlanResourceChange.Response.class, RESOURCE,
                    ProviderAddresses.PLAN, PlanResourceChange.Request::typeName,
                    "typeName", "priorState", "proposedNewState", "config");
    public final Operation<ApplyResourceChange.Request, ApplyResourceChange.Response> applyResourceChange =
            typed("ApplyResourceChange", ApplyResourceChange.Request.class, ApplyResourceChange.Response.class, RESOURCE,
                    ProviderAddresses.APPLY, ApplyResourceChange.Request::typeName,
                    "typeName", "priorState", "plannedState", "config");
    public final Operation<ImportResourceState.Request, ImportResourceState.Response> importResourceState =
            typed("ImportResourceState", ImportResourceState.Request.class, ImportResourceState.Response.class, RESOURCE,
                    ProviderAddresses.IMPORT, ImportResourceState.Request::typeName, "typeName");
    public final Operation<MoveResourceState.Request, MoveResourceState.Response> moveResourceState =
            typed("MoveResourceState", MoveResourceState.Request.class, MoveResourceState.Response.class, RESOURCE,
                    ProviderAddresses.MOVE, MoveResourceState.Request::targetTypeName,
                    "targetTypeName", "sourceTypeName", "sourceState");
    public final Operation<GenerateResourceConfig.Request, GenerateResourceConfig.Response> generateResourceConfig =
            typed("GenerateResourceConfig", GenerateResourceConfig.Request.class, GenerateResourceConfig.Response.class,
                    RESOURCE, ProviderAddresses.GENERATE_CONFIG, GenerateResourceConfig.Request::typeName,
                    "typeName", "state");
    public final Operation<ValidateDataResourceConfig.Request, ValidateDataResourceConfig.Response> validateDataResourceConfig =
            typed("ValidateDataResourceConfig", ValidateDataResourceConfig.Request.class,
                    ValidateDataResourceConfig.Response.class, DATA_SOURCE, ProviderAddresses.VALIDATE,
                    ValidateDataResourceConfig.Request::typeName, "typeName", "config");
    public final Operation<ReadDataSource.Request, ReadDataSource.Response> readDataSource =
            typed("ReadDataSource", ReadDataSource.Request.class, ReadDataSource.Response.class, DATA_SOURCE,
                    ProviderAddresses.READ, ReadDataSource.Request::typeName, "typeName", "config");
    public final Operation<ValidateEphemeralResourceConfig.Request, ValidateEphemeralResourceConfig.Response>
            validateEphemeralResourceConfig = typed("ValidateEphemeralResourceConfig",
                    ValidateEphemeralResourceConfig.Request.class, ValidateEphemeralResourceConfig.Response.class,
                    EPHEMERAL_RESOURCE, ProviderAddresses.VALIDATE, ValidateEphemeralResourceConfig.Request::typeName,
                    "typeName", "config");
    public final Operation<OpenEphemeralResource.Request, OpenEphemeralResource.Response> openEphemeralResource =
            typed("OpenEphemeralResource", OpenEphemeralResource.Request.class, OpenEphemeralResource.Response.class,
                    EPHEMERAL_RESOURCE, ProviderAddresses.OPEN, OpenEphemeralResource.Request::typeName,
                    "typeName", "config");
    public final Operation<RenewEphemeralResource.Request, RenewEphemeralResource.Response> renewEphemeralResource =
            typed("RenewEphemeralResource", RenewEphemeralResource.Request.class, RenewEphemeralResource.Response.class,
                    EPHEMERAL_RESOURCE, ProviderAddresses.RENEW, RenewEphemeralResource.Request::typeName, "typeName");
    public final Operation<CloseEphemeralResource.Request, CloseEphemeralResource.Response> closeEphemeralResource =
            typed("CloseEphemeralResource", CloseEphemeralResource.Request.class, CloseEphemeralResource.Response.class,
                    EPHEMERAL_RESOURCE, ProviderAddresses.CLOSE, CloseEphemeralResource.Request::typeName, "typeName");
    public final Operation<ValidateListResourceConfig.Request, ValidateListResourceConfig.Response>
            validateListResourceConfig = typed("ValidateListResourceConfig", ValidateListResourceConfig.Request.class,
                    ValidateListResourceConfig.Response.class, LIST_RESOURCE, ProviderAddresses.VALIDATE,
                    ValidateListResourceConfig.Request::typeName, "typeName", "config");
    public final Operation<PlanAction.Request, PlanAction.Response> planAction =
            typed("PlanAction", PlanAction.Request.class, PlanAction.Response.class, ACTION, ProviderAddresses.PLAN,
                    PlanAction.Request::actionType, "actionType", "config");
    public final Operation<ValidateActionConfig.Request, ValidateActionConfig.Response> validateActionConfig =
            typed("ValidateActionConfig", ValidateActionConfig.Request.class, ValidateActionConfig.Response.class,
                    ACTION, ProviderAddresses.VALIDATE, ValidateActionConfig.Request::typeName, "typeName", "config");
    public final Operation<ValidateStateStoreConfig.Request, ValidateStateStoreConfig.Response> validateStateStoreConfig =
            typed("ValidateStateStoreConfig", ValidateStateStoreConfig.Request.class,
                    ValidateStateStoreConfig.Response.class, STATE_STORE, ProviderAddresses.VALIDATE,
                    ValidateStateStoreConfig.Request::typeName, "typeName", "config");
    public final Operation<ConfigureStateStore.Request, ConfigureStateStore.Response> configureStateStore =
            typed("ConfigureStateStore", ConfigureStateStore.Request.class, ConfigureStateStore.Response.class,
                    STATE_STORE, ProviderAddresses.CONFIGURE_STORE, ConfigureStateStore.Request::typeName,
                    "typeName", "config");
    public final Operation<WriteStateBytes.Request, WriteStateBytes.Response> writeStateBytes =
            typed("WriteStateBytes", WriteStateBytes.Request.class, WriteStateBytes.Response.class, STATE_STORE,
                    ProviderAddresses.WRITE_BYTES, WriteStateBytes.Request::typeName, "typeName", "stateId");
    public final Operation<LockState.Request, LockState.Response> lockState =
            typed("LockState", LockState.Request.class, LockState.Response.class, STATE_STORE, ProviderAddresses.LOCK,
                    LockState.Request::typeName, "typeName", "stateId");
    public final Operation<UnlockState.Request, UnlockState.Response> unlockState =
            typed("UnlockState", UnlockState.Request.class, UnlockState.Response.class, STATE_STORE,
                    ProviderAddresses.UNLOCK, UnlockState.Request::typeName, "typeName", "stateId");
    public final Operation<GetStates.Request, GetStates.Response> getStates =
            typed("GetStates", GetStates.Request.class, GetStates.Response.class, STATE_STORE,
                    ProviderAddresses.GET_STATES, GetStates.Request::typeName, "typeName");
    public final Operation<DeleteState.Request, DeleteState.Response> deleteState =
            typed("DeleteState", DeleteState.Request.class, DeleteState.Response.class, STATE_STORE,
                    ProviderAddresses.DELETE_STATE, DeleteState.Request::typeName, "typeName", "stateId");

    public final StreamOperation<ListResource.Request, ListResource.Event> listResource = new StreamOperation<>(
            "ListResource", ListResource.Request.class, ListResource.Event.class, List.of("typeName", "config"),
            LIST_RESOURCE, ProviderAddresses.LIST, ListResource.Request::typeName,
            diagnostics -> new ListResource.Event(null, "", null, diagnostics));
    public final StreamOperation<InvokeAction.Request, InvokeAction.Event> invokeAction = new StreamOperation<>(
            "InvokeAction", InvokeAction.Request.class, InvokeAction.Event.class, List.of("actionType", "config"),
            ACTION, ProviderAddresses.INVOKE, InvokeAction.Request::actionType,
            diagnostics -> new InvokeAction.Event(null, new InvokeAction.Completed(diagnostics)));
    public final StreamOperation<ReadStateBytes.Request, ReadStateBytes.Chunk> readStateBytes = new StreamOperation<>(
            "ReadStateBytes", ReadStateBytes.Request.class, ReadStateBytes.Chunk.class, List.of("typeName", "stateId"),
            STATE_STORE, ProviderAddresses.READ_BYTES, ReadStateBytes.Request::typeName,
            diagnostics -> new ReadStateBytes.Chunk(null, 0, null, diagnostics));

    public Operations(StopHandler stopHandler) {
        getProviderSchema = provider("GetProviderSchema", GetProviderSchema.Request.class,
                GetProviderSchema.Response.class, ProviderAddresses.SCHEMA, Operations::emptySchema);
        getMetadata = new Operation<>("GetMetadata", GetMetadata.Request.class, GetMetadata.Response.class, List.of(),
                (q, call, bus) -> getProviderSchema.invoker()
                        .invoke(new GetProviderSchema.Request(), call, bus)
                        .map(Operations::metadata));
        validateProviderConfig = provider("ValidateProviderConfig", ValidateProviderConfig.Request.class,
                ValidateProviderConfig.Response.class, ProviderAddresses.VALIDATE_PROVIDER,
                () -> new ValidateProviderConfig.Response(null, List.of()));
        configureProvider = provider("ConfigureProvider", ConfigureProvider.Request.class,
                ConfigureProvider.Response.class, ProviderAddresses.CONFIGURE,
                () -> new ConfigureProvider.Response(List.of()));
        getResourceIdentitySchemas = provider("GetResourceIdentitySchemas", GetResourceIdentitySchemas.Request.class,
                GetResourceIdentitySchemas.Response.class, ProviderAddresses.IDENTITY_SCHEMAS,
                () -> new GetResourceIdentitySchemas.Response(Map.of(), List.of()));
        getFunctions = new Operation<>("GetFunctions", GetFunctions.Request.class, GetFunctions.Response.class,
                List.of(), (q, call, bus) -> bus.request(ProviderAddresses.FUNCTIONS, q, GetFunctions.Response.class, call)
                .recover(failure -> Answers.recover(failure, GetFunctions.Response.class,
                        () -> getProviderSchema.invoker().invoke(new GetProviderSchema.Request(), call, bus)
                                .map(schema -> new GetFunctions.Response(schema.functions(), schema.diagnostics())))));
        callFunction = new Operation<>("CallFunction", CallFunction.Request.class, CallFunction.Response.class,
                List.of("name"), typedInvoker(CallFunction.Response.class, FUNCTION, ProviderAddresses.CALL,
                CallFunction.Request::name));
        stopProvider = new Operation<>("StopProvider", StopProvider.Request.class, StopProvider.Response.class,
                List.of(), (q, call, bus) -> {
                    stopHandler.stopAll(call);
                    bus.publish(ProviderAddresses.STOP, q, new DeliveryOptions()
                            .addHeader(ProviderHeaders.SESSION, call.sessionId()));
                    return Future.succeededFuture(new StopProvider.Response(""));
                });
    }

    private static GetProviderSchema.Response emptySchema() {
        return new GetProviderSchema.Response(Schema.EMPTY, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), List.of(), null, ServerCapabilities.NONE);
    }

    private static GetMetadata.Response metadata(GetProviderSchema.Response schema) {
        return new GetMetadata.Response(schema.serverCapabilities(), schema.diagnostics(),
                names(schema.dataSourceSchemas()), names(schema.resourceSchemas()),
                schema.functions().keySet().stream().map(GetMetadata.FunctionMetadata::new).toList(),
                names(schema.ephemeralResourceSchemas()), names(schema.listResourceSchemas()),
                names(schema.stateStoreSchemas()), names(schema.actionSchemas()));
    }

    private static List<GetMetadata.TypeMetadata> names(Map<String, ?> schemas) {
        return schemas.keySet().stream().map(GetMetadata.TypeMetadata::new).toList();
    }

    private static <Q extends Record, R extends Record> Operation<Q, R> provider(String name, Class<Q> q, Class<R> r,
                                                                                String address, Supplier<R> noHandler) {
        return new Operation<>(name, q, r, List.of(), (request, call, bus) -> bus.request(address, request, r, call)
                .recover(failure -> Answers.recover(failure, r, () -> Future.succeededFuture(noHandler.get()))));
    }

    private static <Q extends Record, R extends Record> Operation<Q, R> typed(String name, Class<Q> q, Class<R> r,
                                                                             ProviderAddresses.Family family,
                                                                             String operation,
                                                                             Function<Q, String> typeName,
                                                                             String... required) {
        return new Operation<>(name, q, r, List.of(required), typedInvoker(r, family, operation, typeName));
    }

    private static <Q extends Record, R extends Record> Invoker<Q, R> typedInvoker(Class<R> r,
                                                                                  ProviderAddresses.Family family,
                                                                                  String operation,
                                                                                  Function<Q, String> typeName) {
        return (request, call, bus) -> {
            String type = typeName.apply(request);
            if (!ProviderAddresses.isValidTypeName(type)) {
                return Answers.error(r, Answers.invalidName(family, type));
            }
            String address = ProviderAddresses.of(family, type, operation);
            return bus.request(address, request, r, call).recover(failure -> Answers.recover(failure, r,
                    () -> Answers.error(r, Answers.unsupported(family, type, address))));
        };
    }

    /** The diagnostics of a failed stream, in the stream's item type. */
    public static <I extends Record> I failureItem(StreamOperation<?, I> operation, Diagnostic diagnostic) {
        return operation.failureItem().apply(List.of(diagnostic));
    }
}
