package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Moves state from another resource type (possibly of another provider) to one of ours; sent to the
 * target type's address.
 */
public final class MoveResourceState {

    public record Request(String sourceProviderAddress, String sourceTypeName, long sourceSchemaVersion,
                          RawState sourceState, String targetTypeName, byte[] sourcePrivate, RawState sourceIdentity,
                          long sourceIdentitySchemaVersion) {
        public Request {
            sourceProviderAddress = Values.text(sourceProviderAddress);
            sourceTypeName = Values.text(sourceTypeName);
            targetTypeName = Values.text(targetTypeName);
            sourcePrivate = Values.bytes(sourcePrivate);
        }
    }

    public record Response(DynamicValue targetState, List<Diagnostic> diagnostics, byte[] targetPrivate,
                           ResourceIdentityData targetIdentity) {
        public Response {
            diagnostics = Values.list(diagnostics);
            targetPrivate = Values.bytes(targetPrivate);
        }
    }

    private MoveResourceState() {
    }
}
