package io.vertiform.framework.session;

import io.vertiform.contracts.provider.Deferred;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the framework keeps per session: the launch facts, the provider's configuration result and the
 * in-flight requests that a cancellation or stop may abort.
 */
public final class SessionState {

    private final String id;
    private final Map<String, String> environment;
    private final String workingDirectory;
    private volatile String terraformVersion = "";
    private volatile boolean configured;
    private volatile Object providerData;
    private volatile Deferred.Reason deferAll;
    private final Map<String, AtomicBoolean> inFlight = new ConcurrentHashMap<>();

    SessionState(String id, Map<String, String> environment, String workingDirectory) {
        this.id = id;
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
    }

    public String id() {
        return id;
    }

    public SessionContext context(io.vertiform.contracts.provider.ClientCapabilities caps, int protocol) {
        return new SessionContext(id, environment, workingDirectory, terraformVersion, caps, protocol);
    }

    public boolean configured() {
        return configured;
    }

    public Object providerData() {
        return providerData;
    }

    /** Records a successful ConfigureProvider. */
    public void configure(String terraformVersion, Object providerData, Deferred.Reason deferAll) {
        this.terraformVersion = terraformVersion == null ? "" : terraformVersion;
        this.providerData = providerData;
        this.deferAll = deferAll;
        this.configured = true;
    }

    /** Set when the provider asked, while configuring, to defer everything (e.g. its configuration is unknown). */
    public Deferred.Reason deferAll() {
        return deferAll;
    }

    /** Registers a request; the returned flag turns true when it is cancelled. */
    public AtomicBoolean begin(String requestId) {
        AtomicBoolean flag = new AtomicBoolean();
        if (requestId != null && !requestId.isEmpty()) {
            inFlight.put(requestId, flag);
        }
        return flag;
    }

    public void end(String requestId) {
        if (requestId != null) {
            inFlight.remove(requestId);
        }
    }

    public void cancel(String requestId) {
        AtomicBoolean flag = inFlight.get(requestId);
        if (flag != null) {
            flag.set(true);
        }
    }

    /** Stop: every in-flight request of the session is cancelled. */
    public void cancelAll() {
        inFlight.values().forEach(f -> f.set(true));
    }

    public Set<String> inFlightRequests() {
        return Set.copyOf(inFlight.keySet());
    }
}
