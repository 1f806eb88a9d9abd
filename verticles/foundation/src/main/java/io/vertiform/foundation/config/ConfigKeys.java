package io.vertiform.foundation.config;

import java.util.List;
import java.util.Locale;

/**
 * The keys the foundation knows, in one place: the environment mapping uses this list to translate
 * variables whose key contains underscores, and docs/configuration.md documents the same list.
 */
public final class ConfigKeys {

    public static final String LOG_LEVEL = "log.level";
    public static final String LOG_FORMAT = "log.format";
    public static final String LOG_COLOR = "log.color";
    public static final String LOG_EMOJI = "log.emoji";

    public static final String HUB_CLUSTER = "hub.cluster";
    public static final String HUB_CLUSTER_NAME = "hub.cluster_name";
    public static final String HUB_HOST = "hub.host";
    public static final String HUB_PORT = "hub.port";
    public static final String HUB_MEMBERS = "hub.members";

    public static final String PROCESS_DEFAULT_TIMEOUT = "process.default_timeout";
    public static final String PROCESS_KILL_GRACE = "process.kill_grace";
    public static final String PROCESS_MAX_CAPTURE_BYTES = "process.max_capture_bytes";

    public static final String RESILIENCE_MAX_ATTEMPTS = "resilience.max_attempts";
    public static final String RESILIENCE_INITIAL_BACKOFF = "resilience.initial_backoff";
    public static final String RESILIENCE_MAX_BACKOFF = "resilience.max_backoff";
    public static final String RESILIENCE_MULTIPLIER = "resilience.multiplier";
    public static final String RESILIENCE_JITTER = "resilience.jitter";
    public static final String RESILIENCE_CALL_TIMEOUT = "resilience.call_timeout";
    public static final String RESILIENCE_BREAKER_MAX_FAILURES = "resilience.breaker_max_failures";
    public static final String RESILIENCE_BREAKER_RESET = "resilience.breaker_reset";

    public static final List<String> ALL = List.of(
            LOG_LEVEL, LOG_FORMAT, LOG_COLOR, LOG_EMOJI,
            HUB_CLUSTER, HUB_CLUSTER_NAME, HUB_HOST, HUB_PORT, HUB_MEMBERS,
            PROCESS_DEFAULT_TIMEOUT, PROCESS_KILL_GRACE, PROCESS_MAX_CAPTURE_BYTES,
            RESILIENCE_MAX_ATTEMPTS, RESILIENCE_INITIAL_BACKOFF, RESILIENCE_MAX_BACKOFF, RESILIENCE_MULTIPLIER,
            RESILIENCE_JITTER, RESILIENCE_CALL_TIMEOUT, RESILIENCE_BREAKER_MAX_FAILURES, RESILIENCE_BREAKER_RESET);

    private ConfigKeys() {
    }

    /** The environment variable for a key: {@code hub.cluster_name} is {@code VERTIFORM_HUB_CLUSTER_NAME}. */
    public static String environmentVariable(String key) {
        return EnvironmentMapping.PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }
}
