package io.vertiform.cty.json;

import io.vertiform.cty.CtyValue;

import java.util.Iterator;
import java.util.Map;

/**
 * Walks an object value's attributes alongside its type's attributes. Both are sorted in Go's string order, so for a
 * value that conforms to the type a single forward pass finds every attribute without map lookups.
 */
public final class ObjectAttributes {
    private ObjectAttributes() {
    }

    /**
     * The attribute {@code name} of the object whose (sorted) attributes {@code values} iterates, taken from the
     * iterator when it is the next one, otherwise looked up in {@code all}.
     */
    public static CtyValue next(Iterator<Map.Entry<String, CtyValue>> values, String name, Map<String, CtyValue> all) {
        if (values.hasNext()) {
            Map.Entry<String, CtyValue> e = values.next();
            if (e.getKey().equals(name)) {
                return e.getValue();
            }
        }
        CtyValue v = all.get(name);
        if (v == null) {
            throw new IllegalStateException("object value has no attribute " + io.vertiform.cty.GoStrings.quote(name));
        }
        return v;
    }
}
