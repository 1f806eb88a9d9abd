package io.vertiform.rpc.ops;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.ProviderAddresses;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A server-streaming provider RPC: one request, items sent by the component to a stream address, then a
 * {@link io.vertiform.contracts.provider.StreamEnd} reply.
 *
 * @param name        protocol-6 RPC name
 * @param requestType neutral request
 * @param itemType    neutral stream item
 * @param required    request components that must be present
 * @param family      component family the request goes to
 * @param operation   address operation segment
 * @param typeName    the request's type name
 * @param failureItem the single item that reports diagnostics when the stream cannot be produced
 */
public record StreamOperation<Q extends Record, I extends Record>(String name, Class<Q> requestType, Class<I> itemType,
                                                                  List<String> required,
                                                                  ProviderAddresses.Family family, String operation,
                                                                  Function<Q, String> typeName,
                                                                  Function<List<Diagnostic>, I> failureItem) {
    public StreamOperation {
        Objects.requireNonNull(name, "name");
        required = List.copyOf(required);
    }
}
