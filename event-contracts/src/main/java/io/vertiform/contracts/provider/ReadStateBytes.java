package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Reads a stored state (protocol 6 only, server-streaming): the component sends {@link Chunk}s to the address in
 * header {@link ProviderHeaders#STREAM_ADDRESS} and then replies {@link StreamEnd}.
 */
public final class ReadStateBytes {

    public record Request(String typeName, String stateId) {
        public Request {
            typeName = Values.text(typeName);
            stateId = Values.text(stateId);
        }
    }

    /** One chunk of the state, or diagnostics. */
    public record Chunk(byte[] bytes, long totalLength, StateRange range, List<Diagnostic> diagnostics) {
        public Chunk {
            bytes = Values.bytes(bytes);
            diagnostics = Values.list(diagnostics);
        }
    }

    private ReadStateBytes() {
    }
}
