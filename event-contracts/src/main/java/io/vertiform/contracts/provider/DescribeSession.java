package io.vertiform.contracts.provider;

import java.util.Map;

/**
 * Asks whoever launched a plugin session for the facts of its launch: the environment and working directory of
 * the terraform/tofu process that started it. Sent to {@link #ADDRESS} (header {@link ProviderHeaders#SESSION})
 * by components, once per session, so that one JVM can host sessions launched from different places without
 * anyone reading process-wide state. Answered by the session's owner (the RPC layer, a warm-JVM host, a test
 * harness); without a handler components use an empty environment.
 */
public final class DescribeSession {

    public static final String ADDRESS = ProviderAddresses.PREFIX + ".session.describe";

    public record Request(String sessionId) {
        public Request {
            sessionId = Values.text(sessionId);
        }
    }

    /**
     * @param environment      the launching process's environment variables
     * @param workingDirectory its working directory, empty when unknown
     */
    public record Response(Map<String, String> environment, String workingDirectory) {
        public Response {
            environment = Values.map(environment);
            workingDirectory = Values.text(workingDirectory);
        }
    }

    private DescribeSession() {
    }
}
