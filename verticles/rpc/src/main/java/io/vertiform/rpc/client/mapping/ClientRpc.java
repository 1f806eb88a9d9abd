package io.vertiform.rpc.client.mapping;

import com.google.protobuf.Message;
import io.vertx.grpc.common.ServiceMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * One provider RPC seen from the client: the neutral request and response records and, per protocol, the gRPC
 * method plus an empty request message to build from. A protocol that lacks the RPC (state stores in
 * protocol 5) has no binding.
 *
 * @param name         protocol-6 name of the RPC
 * @param requestType  neutral request record
 * @param responseType neutral response record; for server streams the record of one stream item
 * @param streaming    true when the server answers with a stream of items
 * @param v5           binding in {@code tfplugin5.Provider}, if the protocol has the RPC
 * @param v6           binding in {@code tfplugin6.Provider}, if the protocol has the RPC
 */
public record ClientRpc<Q extends Record, R extends Record>(String name, Class<Q> requestType, Class<R> responseType,
                                                            boolean streaming, Optional<Binding> v5,
                                                            Optional<Binding> v6) {

    /** The gRPC side of an RPC in one protocol version. */
    public record Binding(ServiceMethod<? extends Message, ? extends Message> method, Message requestPrototype) {
        public Binding {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(requestPrototype, "requestPrototype");
        }
    }

    public ClientRpc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(v5, "v5");
        Objects.requireNonNull(v6, "v6");
    }

    /** The binding for {@code protocol}; fails with a clear message when that protocol has no such RPC. */
    public Binding binding(int protocol) {
        Optional<Binding> b = switch (protocol) {
            case 5 -> v5;
            case 6 -> v6;
            default -> throw new IllegalArgumentException("unknown plugin protocol " + protocol);
        };
        return b.orElseThrow(() -> new UnsupportedProtocolException(name + " does not exist in plugin protocol "
                + protocol));
    }
}
