package io.vertiform.framework.server;

/**
 * How a provider deployment runs.
 *
 * @param workerPoolSize        threads for author code and value work (author code may block)
 * @param describeTimeoutMillis how long the first request of a session waits for its launch facts
 * @param registerInHub         register every component in the hub (needs the registry verticle deployed)
 */
public record FrameworkOptions(int workerPoolSize, long describeTimeoutMillis, boolean registerInHub) {

    public static final FrameworkOptions DEFAULT = new FrameworkOptions(16, 5_000, true);

    public FrameworkOptions {
        if (workerPoolSize < 1) {
            throw new IllegalArgumentException("workerPoolSize must be at least 1");
        }
        if (describeTimeoutMillis < 1) {
            throw new IllegalArgumentException("describeTimeoutMillis must be positive");
        }
    }

    public FrameworkOptions withRegisterInHub(boolean register) {
        return new FrameworkOptions(workerPoolSize, describeTimeoutMillis, register);
    }

    public FrameworkOptions withWorkerPoolSize(int size) {
        return new FrameworkOptions(size, describeTimeoutMillis, registerInHub);
    }
}
