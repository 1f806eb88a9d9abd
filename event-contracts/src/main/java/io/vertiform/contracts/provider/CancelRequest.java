package io.vertiform.contracts.provider;

/**
 * Published on {@link ProviderAddresses#CANCEL} when the RPC layer stops waiting for a request: its deadline
 * passed, the client went away, or Terraform called Stop. Components working on it should abort; any reply they
 * still send is dropped.
 *
 * @param sessionId id of the plugin session
 * @param requestId the {@link ProviderHeaders#REQUEST_ID} of the abandoned request
 * @param reason    human-readable cause
 */
public record CancelRequest(String sessionId, String requestId, String reason) {
    public CancelRequest {
        sessionId = Values.text(sessionId);
        requestId = Values.text(requestId);
        reason = Values.text(reason);
    }
}
