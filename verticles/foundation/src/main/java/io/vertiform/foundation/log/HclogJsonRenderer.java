package io.vertiform.foundation.log;

import java.time.ZoneId;

/**
 * Renders events as go-hclog JSON lines, the format Terraform expects on a plugin's stderr.
 *
 * <p>go-hclog builds a map of {@code @level}, {@code @message}, {@code @timestamp}, {@code @module} (when
 * non-empty) plus the fields, and encodes it with encoding/json: keys come out sorted by their bytes, a field
 * that repeats a key replaces the earlier value (even a header key), errors are written as their text, and
 * the line ends with {@code \n}. This renderer reproduces that byte for byte without building a map: the
 * entries go into per-thread scratch arrays and are insertion-sorted (events carry a handful of fields).
 */
public final class HclogJsonRenderer implements LogRenderer {

    private static final Object LEVEL = new Object();
    private static final Object TIMESTAMP = new Object();
    private static final Object MESSAGE = new Object();
    private static final Object MODULE = new Object();

    private final GoTimestamp timestamps;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public HclogJsonRenderer(ZoneId zone) {
        this.timestamps = new GoTimestamp(zone);
    }

    @Override
    public void render(LogEvent event, LineBuffer out) {
        Scratch s = scratch.get();
        int fields = event.fieldCount();
        s.ensure(fields + 4);
        int n = 0;
        n = s.put(n, "@level", LEVEL);
        n = s.put(n, "@message", MESSAGE);
        n = s.put(n, "@timestamp", TIMESTAMP);
        if (!event.module().isEmpty()) {
            n = s.put(n, "@module", MODULE);
        }
        for (int i = 0; i < fields; i++) {
            n = s.put(n, event.key(i), event.value(i));
        }
        s.sort(n);

        out.writeByte('{');
        boolean first = true;
        for (int i = 0; i < n; i++) {
            int idx = s.order[i];
            if (i + 1 < n && s.keys[s.order[i + 1]].equals(s.keys[idx])) {
                continue; // a later duplicate wins, as in a Go map
            }
            if (!first) {
                out.writeByte(',');
            }
            first = false;
            GoJson.writeString(s.keys[idx], out);
            out.writeByte(':');
            writeEntry(s.values[idx], event, out);
        }
        out.writeByte('}').writeByte('\n');
        s.clear(n);
    }

    private void writeEntry(Object value, LogEvent event, LineBuffer out) {
        if (value == LEVEL) {
            GoJson.writeString(event.level().hclogName(), out);
        } else if (value == MESSAGE) {
            GoJson.writeString(event.message(), out);
        } else if (value == TIMESTAMP) {
            out.writeByte('"');
            timestamps.write(event.timestamp(), out);
            out.writeByte('"');
        } else if (value == MODULE) {
            GoJson.writeString(event.module(), out);
        } else {
            GoJson.writeValue(value, out);
        }
    }

    private static final class Scratch {
        String[] keys = new String[16];
        Object[] values = new Object[16];
        int[] order = new int[16];

        void ensure(int size) {
            if (keys.length < size) {
                keys = new String[size];
                values = new Object[size];
                order = new int[size];
            }
        }

        int put(int n, String key, Object value) {
            keys[n] = key;
            values[n] = value;
            order[n] = n;
            return n + 1;
        }

        /** Stable insertion sort of {@code order} by key, so equal keys stay in insertion order. */
        void sort(int n) {
            for (int i = 1; i < n; i++) {
                int idx = order[i];
                String key = keys[idx];
                int j = i - 1;
                while (j >= 0 && Utf16.compareUtf8Order(keys[order[j]], key) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = idx;
            }
        }

        void clear(int n) {
            // Drop references so a logged object is not kept alive by the thread's scratch space.
            for (int i = 0; i < n; i++) {
                values[i] = null;
                keys[i] = null;
            }
        }
    }
}
