package io.vertiform.contracts.provider.transport;

import io.vertx.core.Future;

/**
 * One provider session as seen by a caller that speaks the neutral records of
 * {@code io.vertiform.contracts.provider}: over the event bus directly, or through a real plugin protocol
 * (see {@link ProviderTransportFactory}). Tests use it to run the same calls over every path Terraform can take.
 */
public interface ProviderTransport {

    /** The session id components see in {@link io.vertiform.contracts.provider.ProviderHeaders#SESSION}. */
    String sessionId();

    /** The plugin protocol major version the calls travel over (the bus transport reports the one it claims). */
    int protocol();

    /**
     * Sends one provider request record and completes with its response record.
     *
     * @param address the bus address of the operation (a wire transport picks its RPC from the request's type and
     *                may ignore it)
     * @param request a request record such as {@code PlanResourceChange.Request}
     * @param timeoutMillis how long to wait for the answer
     */
    Future<Object> request(String address, Object request, long timeoutMillis);

    /** Ends the session (a wire transport shuts its plugin session down). */
    Future<Void> close();
}
