package io.vertiform.rpc.grpc;

/** Protocol-specific last touch on a neutral response (e.g. protocol 5's prepared config). */
@FunctionalInterface
public interface ResponseFinisher<Q, R> {
    R finish(Q request, R response);

    static <Q, R> ResponseFinisher<Q, R> none() {
        return (request, response) -> response;
    }
}
