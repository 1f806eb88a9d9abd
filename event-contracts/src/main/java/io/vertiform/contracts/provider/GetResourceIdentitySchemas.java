package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * Identity schemas of the managed resource types. Sent to {@link ProviderAddresses#IDENTITY_SCHEMAS}; without a
 * handler there are none.
 */
public final class GetResourceIdentitySchemas {

    public record Request() {
    }

    public record Response(Map<String, ResourceIdentitySchema> identitySchemas, List<Diagnostic> diagnostics) {
        public Response {
            identitySchemas = Values.map(identitySchemas);
            diagnostics = Values.list(diagnostics);
        }
    }

    private GetResourceIdentitySchemas() {
    }
}
