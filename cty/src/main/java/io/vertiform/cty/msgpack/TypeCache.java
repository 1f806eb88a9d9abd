package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.GoStrings;
import io.vertiform.cty.json.GoUtf8;
import io.vertiform.cty.json.TypeJson;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-type data the codec would otherwise recompute for every value: an object type's attribute names, types and
 * encoded keys, and a type's JSON form for dynamic wrappers. Types are immutable with a cached hash, so lookups are
 * cheap; the cache is simply dropped when it grows large (types built from untrusted input must not pile up).
 */
final class TypeCache {
    private static final int MAX_ENTRIES = 4096;
    private static final Map<CtyType, ObjectLayout> LAYOUTS = new ConcurrentHashMap<>();
    private static final Map<CtyType, byte[]> TYPE_JSON = new ConcurrentHashMap<>();

    private TypeCache() {
    }

    /** Attributes of an object type in Go's order. */
    static final class ObjectLayout {
        final String[] names;
        final CtyType[] types;
        /** UTF-8 of each name. */
        final byte[][] nameBytes;
        /** Each name as a complete msgpack str item. */
        final byte[][] encodedKeys;

        private ObjectLayout(CtyType type) {
            Map<String, CtyType> atys = type.attributeTypes();
            int n = atys.size();
            names = new String[n];
            types = new CtyType[n];
            nameBytes = new byte[n][];
            encodedKeys = new byte[n][];
            int i = 0;
            for (Map.Entry<String, CtyType> e : atys.entrySet()) {
                names[i] = e.getKey();
                types[i] = e.getValue();
                nameBytes[i] = GoUtf8.encode(e.getKey());
                MsgpackWriter w = new MsgpackWriter(nameBytes[i].length + 5);
                w.writeStringUtf8(nameBytes[i]);
                encodedKeys[i] = w.toByteArray();
                i++;
            }
        }

        /** Index of the attribute named exactly {@code name}, or -1. */
        int indexOf(String name) {
            int lo = 0;
            int hi = names.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = GoStrings.compare(names[mid], name);
                if (c < 0) {
                    lo = mid + 1;
                } else if (c > 0) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }
    }

    static ObjectLayout layout(CtyType objectType) {
        ObjectLayout l = LAYOUTS.get(objectType);
        if (l == null) {
            if (LAYOUTS.size() >= MAX_ENTRIES) {
                LAYOUTS.clear();
            }
            l = new ObjectLayout(objectType);
            LAYOUTS.put(objectType, l);
        }
        return l;
    }

    static byte[] typeJson(CtyType type) {
        byte[] j = TYPE_JSON.get(type);
        if (j == null) {
            if (TYPE_JSON.size() >= MAX_ENTRIES) {
                TYPE_JSON.clear();
            }
            j = TypeJson.marshalBytes(type);
            TYPE_JSON.put(type, j);
        }
        return j;
    }
}
