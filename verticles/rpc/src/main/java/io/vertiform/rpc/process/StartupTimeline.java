package io.vertiform.rpc.process;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a plugin's cold start goes, logged once at debug level (hclog field per phase, milliseconds): start-up is
 * the JVM's known weakness against Go plugins, so it is measured in every run instead of guessed.
 */
final class StartupTimeline {

    private final long originNanos = System.nanoTime();
    private final long mainEpochMillis = System.currentTimeMillis();
    private final List<Object> fields = new ArrayList<>();
    private long lastNanos = originNanos;
    private long handshakeNanos = -1;

    /** Records the time since the previous mark under {@code phase}. */
    void mark(String phase) {
        long now = System.nanoTime();
        fields.add(phase + "_ms");
        fields.add((now - lastNanos) / 1_000_000);
        lastNanos = now;
    }

    /** Marks {@code phase} as the one that printed the handshake line: {@code main_to_handshake_ms} ends here. */
    void markHandshake(String phase) {
        mark(phase);
        handshakeNanos = lastNanos;
    }

    /** Records a duration measured elsewhere (e.g. on another thread). */
    void record(String what, long nanos) {
        fields.add(what + "_ms");
        fields.add(nanos / 1_000_000);
    }

    /** Milliseconds since {@code main} (since this timeline was made). */
    long sinceMainMillis() {
        return (System.nanoTime() - originNanos) / 1_000_000;
    }

    /**
     * Alternating key/value pairs for the log line: every phase, and the total up to the handshake line (or the
     * last {@link #mark} when the line was not printed). The JVM's own start time comes from its management bean,
     * loaded only now, after the handshake line (the process table's start time is only second-accurate).
     */
    Object[] fields() {
        long mainToNow = ((handshakeNanos >= 0 ? handshakeNanos : lastNanos) - originNanos) / 1_000_000;
        long jvmToMain = Math.max(0, mainEpochMillis - ManagementFactory.getRuntimeMXBean().getStartTime());
        List<Object> all = new ArrayList<>();
        all.add("jvm_to_main_ms");
        all.add(jvmToMain);
        all.addAll(fields);
        all.add("main_to_handshake_ms");
        all.add(mainToNow);
        all.add("total_ms");
        all.add(jvmToMain + mainToNow);
        return all.toArray();
    }
}
