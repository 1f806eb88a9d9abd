package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * The names of everything the provider offers, without schemas. The RPC layer derives it from the
 * {@link GetProviderSchema} reply, so no component answers it directly.
 */
public final class GetMetadata {

    public record Request() {
    }

    /** One type name. */
    public record TypeMetadata(String typeName) {
        public TypeMetadata {
            typeName = Values.text(typeName);
        }
    }

    /** One function name. */
    public record FunctionMetadata(String name) {
        public FunctionMetadata {
            name = Values.text(name);
        }
    }

    public record Response(ServerCapabilities serverCapabilities, List<Diagnostic> diagnostics,
                           List<TypeMetadata> dataSources, List<TypeMetadata> resources,
                           List<FunctionMetadata> functions, List<TypeMetadata> ephemeralResources,
                           List<TypeMetadata> listResources, List<TypeMetadata> stateStores,
                           List<TypeMetadata> actions) {
        public Response {
            diagnostics = Values.list(diagnostics);
            dataSources = Values.list(dataSources);
            resources = Values.list(resources);
            functions = Values.list(functions);
            ephemeralResources = Values.list(ephemeralResources);
            listResources = Values.list(listResources);
            stateStores = Values.list(stateStores);
            actions = Values.list(actions);
        }
    }

    private GetMetadata() {
    }
}
