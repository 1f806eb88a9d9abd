package io.vertiform.contracts.provider;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Null-normalisation shared by the contract records: absent lists, maps, texts and bytes become empty. */
final class Values {
    private static final byte[] NO_BYTES = new byte[0];

    private Values() {
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** Sorted, so equal contents encode equally and responses come out in a stable order. */
    static <T> Map<String, T> map(Map<String, T> values) {
        return values == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static byte[] bytes(byte[] value) {
        return value == null ? NO_BYTES : value;
    }
}
