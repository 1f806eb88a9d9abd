package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.wire.WireName;
import java.util.List;

/**
 * Imports existing objects by id or identity.
 */
public final class ImportResourceState {

    public record Request(String typeName, String id, ClientCapabilities clientCapabilities,
                          ResourceIdentityData identity) {
        public Request {
            typeName = Values.text(typeName);
            id = Values.text(id);
        }
    }

    /** One imported object. */
    public record ImportedResource(String typeName, DynamicValue state, @WireName("private") byte[] privateData,
                                   ResourceIdentityData identity) {
        public ImportedResource {
            typeName = Values.text(typeName);
            privateData = Values.bytes(privateData);
        }
    }

    public record Response(List<ImportedResource> importedResources, List<Diagnostic> diagnostics, Deferred deferred) {
        public Response {
            importedResources = Values.list(importedResources);
            diagnostics = Values.list(diagnostics);
        }
    }

    private ImportResourceState() {
    }
}
