package io.vertiform.contracts.provider;

/**
 * Published by a session's owner (the RPC layer, a warm-JVM host, a test harness) once the session is over: the
 * plugin host shut it down or went away. The body is the session id as a string (also in header
 * {@link ProviderHeaders#SESSION}). Components drop what they kept for that session (its environment, its
 * configured provider data, its in-flight calls); a request arriving for it later starts the session afresh.
 */
public final class SessionEnded {

    public static final String ADDRESS = ProviderAddresses.PREFIX + ".session.ended";

    private SessionEnded() {
    }
}
