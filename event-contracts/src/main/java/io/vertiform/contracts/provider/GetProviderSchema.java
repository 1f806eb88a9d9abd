package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * Everything the provider offers, with schemas: the answer to {@code GetProviderSchema} (v6) / {@code GetSchema} (v5).
 * Sent to {@link ProviderAddresses#SCHEMA}; without a handler the provider is empty. {@code GetMetadata} is answered
 * from the same reply.
 */
public final class GetProviderSchema {

    public record Request() {
    }

    public record Response(Schema provider, Map<String, Schema> resourceSchemas,
                           Map<String, Schema> dataSourceSchemas, Map<String, ProviderFunction> functions,
                           Map<String, Schema> ephemeralResourceSchemas, Map<String, Schema> listResourceSchemas,
                           Map<String, Schema> stateStoreSchemas, Map<String, ActionSchema> actionSchemas,
                           List<Diagnostic> diagnostics, Schema providerMeta, ServerCapabilities serverCapabilities) {
        public Response {
            resourceSchemas = Values.map(resourceSchemas);
            dataSourceSchemas = Values.map(dataSourceSchemas);
            functions = Values.map(functions);
            ephemeralResourceSchemas = Values.map(ephemeralResourceSchemas);
            listResourceSchemas = Values.map(listResourceSchemas);
            stateStoreSchemas = Values.map(stateStoreSchemas);
            actionSchemas = Values.map(actionSchemas);
            diagnostics = Values.list(diagnostics);
        }
    }

    private GetProviderSchema() {
    }
}
