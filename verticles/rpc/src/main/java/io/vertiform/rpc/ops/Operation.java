package io.vertiform.rpc.ops;

import java.util.List;
import java.util.Objects;

/**
 * One provider RPC, independent of the protocol version: its neutral request and response records, the request
 * fields every well-formed call has, and how it is answered.
 *
 * @param name         the RPC's protocol-6 name (protocol 5 may call it differently)
 * @param requestType  neutral request record
 * @param responseType neutral response record
 * @param required     request components that must be present (non-empty names, DynamicValues set)
 * @param invoker      how the answer is produced
 */
public record Operation<Q extends Record, R extends Record>(String name, Class<Q> requestType, Class<R> responseType,
                                                           List<String> required, Invoker<Q, R> invoker) {
    public Operation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(responseType, "responseType");
        required = List.copyOf(required);
        Objects.requireNonNull(invoker, "invoker");
    }
}
