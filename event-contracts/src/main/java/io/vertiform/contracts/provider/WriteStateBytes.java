package io.vertiform.contracts.provider;

import io.vertiform.contracts.diag.Diagnostic;
import java.util.List;

/**
 * Writes a state (protocol 6 only). The core streams chunks; the RPC layer collects the whole stream and sends
 * one request.
 */
public final class WriteStateBytes {

    /** One chunk as received. */
    public record Chunk(byte[] bytes, long totalLength, StateRange range) {
        public Chunk {
            bytes = Values.bytes(bytes);
        }
    }

    public record Request(String typeName, String stateId, List<Chunk> chunks) {
        public Request {
            typeName = Values.text(typeName);
            stateId = Values.text(stateId);
            chunks = Values.list(chunks);
        }
    }

    public record Response(List<Diagnostic> diagnostics) {
        public Response {
            diagnostics = Values.list(diagnostics);
        }
    }

    private WriteStateBytes() {
    }
}
