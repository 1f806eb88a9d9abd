package io.vertiform.rpc.grpc;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.GetMetadata;
import io.vertiform.contracts.provider.GetProviderSchema;
import io.vertiform.contracts.provider.ValidateProviderConfig;
import io.vertiform.rpc.mapping.ProtocolFeatures;
import java.util.ArrayList;
import java.util.List;

/** Response adjustments that only protocol 5 needs. */
final class Protocol5 {

    private Protocol5() {
    }

    /**
     * Terraform 0.12–0.14 configure the provider with the prepared config they get back, and decode it from
     * msgpack only: an absent one would configure the provider with null.
     */
    static final ResponseFinisher<ValidateProviderConfig.Request, ValidateProviderConfig.Response> PREPARED_CONFIG =
            (request, response) -> response.preparedConfig() != null ? response
                    : new ValidateProviderConfig.Response(request.config(), response.diagnostics());

    /** Nested attributes, computed blocks and state stores cannot travel in protocol 5: say so. */
    static final ResponseFinisher<GetProviderSchema.Request, GetProviderSchema.Response> SCHEMA_FEATURES =
            (request, response) -> {
                List<Diagnostic> problems = ProtocolFeatures.protocol5Problems(response);
                if (problems.isEmpty()) {
                    return response;
                }
                List<Diagnostic> all = new ArrayList<>(response.diagnostics());
                all.addAll(problems);
                return new GetProviderSchema.Response(response.provider(), response.resourceSchemas(),
                        response.dataSourceSchemas(), response.functions(), response.ephemeralResourceSchemas(),
                        response.listResourceSchemas(), response.stateStoreSchemas(), response.actionSchemas(), all,
                        response.providerMeta(), response.serverCapabilities());
            };

    /** GetMetadata carries no schemas, but state stores are still invisible to protocol 5. */
    static final ResponseFinisher<GetMetadata.Request, GetMetadata.Response> METADATA_FEATURES =
            (request, response) -> {
                if (response.stateStores().isEmpty()) {
                    return response;
                }
                List<Diagnostic> all = new ArrayList<>(response.diagnostics());
                all.add(Diagnostic.warning("State stores need plugin protocol 6",
                        "This provider offers state stores, which protocol 5 cannot carry."));
                return new GetMetadata.Response(response.serverCapabilities(), all, response.dataSources(),
                        response.resources(), response.functions(), response.ephemeralResources(),
                        response.listResources(), response.stateStores(), response.actions());
            };
}
