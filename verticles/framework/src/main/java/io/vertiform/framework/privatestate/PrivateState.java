package io.vertiform.framework.privatestate;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A resource's private state: string values under string keys that Terraform stores opaquely next to the
 * state, never shows and hands back on the next operation. Encrypted at rest (see {@link PrivateStateCodec}).
 */
public final class PrivateState {

    private final TreeMap<String, String> values;
    private boolean modified;

    public PrivateState() {
        this(Map.of());
    }

    public PrivateState(Map<String, String> values) {
        this.values = new TreeMap<>(values);
    }

    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Sets a key; a null value removes it. */
    public synchronized void set(String key, String value) {
        if (value == null) {
            remove(key);
            return;
        }
        String old = values.put(key, value);
        modified |= !value.equals(old);
    }

    public synchronized void remove(String key) {
        modified |= values.remove(key) != null;
    }

    public synchronized boolean isEmpty() {
        return values.isEmpty();
    }

    public synchronized Map<String, String> asMap() {
        return Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** True once a set or remove changed something. */
    public synchronized boolean modified() {
        return modified;
    }

    public synchronized PrivateState copy() {
        return new PrivateState(values);
    }
}
