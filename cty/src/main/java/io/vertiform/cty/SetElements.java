package io.vertiform.cty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Storage of a known set: its distinct (unmarked) elements in go-cty's iteration order, plus a hash index for
 * membership.
 *
 * <p>go-cty keeps elements in buckets keyed by CRC-32 of {@link SetHash#hashString}; iteration concatenates the
 * buckets in ascending hash order (insertion order inside a bucket) and then stable-sorts with {@code setRules.Less}:
 * RawEquals elements are never less than each other; otherwise known before unknown before null; strings by code
 * point, numbers numerically, false before true; anything else by the hash text. That Less is not always a strict
 * weak order (0 and -0 inside two lists are RawEquals, yet their hash texts differ), so the same order needs the
 * same algorithm: {@link GoStableSort}, over the bucket order.
 */
final class SetElements {
    private final CtyType elementType;
    private final List<CtyValue> ordered;
    private final Map<Long, List<CtyValue>> buckets;

    private SetElements(CtyType elementType, List<CtyValue> ordered, Map<Long, List<CtyValue>> buckets) {
        this.elementType = elementType;
        this.ordered = ordered;
        this.buckets = buckets;
    }

    private record Entry(CtyValue value, String hashString, long crc, int insertion) {
    }

    /** Builds the set from unmarked elements already of {@code elementType}, dropping equivalent duplicates. */
    static SetElements build(CtyType elementType, List<CtyValue> elements) {
        Map<Long, List<CtyValue>> buckets = new HashMap<>();
        List<Entry> kept = new ArrayList<>(elements.size());
        for (CtyValue v : elements) {
            String hs = SetHash.hashString(v);
            long crc = SetHash.crc32(hs);
            List<CtyValue> bucket = buckets.computeIfAbsent(crc, k -> new ArrayList<>(1));
            // Only wholly known values can ever be equivalent (go-cty's Equals is never true otherwise), so values
            // containing unknowns skip the bucket scan and cannot make it quadratic.
            if (v.isWhollyKnown() && containsEquivalent(bucket, v)) {
                continue;
            }
            bucket.add(v);
            kept.add(new Entry(v, hs, crc, kept.size()));
        }
        Entry[] arr = kept.toArray(new Entry[0]);
        if (elementType.isPrimitive()) {
            // Less is a strict weak order on strings, numbers and bools: one sort by (Less, hash, insertion) is
            // the stable sort of the bucket order, in O(n log n).
            Arrays.sort(arr, primitiveOrder(elementType));
        } else {
            Arrays.sort(arr, BUCKET_ORDER);
            GoStableSort.sort(arr, (a, b) -> less(elementType, a, b));
        }
        List<CtyValue> ordered = new ArrayList<>(arr.length);
        for (Entry e : arr) {
            ordered.add(e.value);
        }
        return new SetElements(elementType, Collections.unmodifiableList(ordered), buckets);
    }

    /** go-cty's iteration before its sort: buckets by ascending hash, insertion order inside a bucket. */
    private static final Comparator<Entry> BUCKET_ORDER =
            Comparator.comparingLong(Entry::crc).thenComparingInt(Entry::insertion);

    private static Comparator<Entry> primitiveOrder(CtyType elementType) {
        Comparator<Entry> less = (a, b) -> lessOrder(elementType, a, b);
        return less.thenComparing(BUCKET_ORDER);
    }

    /** go-cty's {@code setRules.Less}. */
    private static boolean less(CtyType elementType, Entry a, Entry b) {
        if (ValueEquality.rawEquals(a.value, b.value)) {
            return false;
        }
        return lessOrder(elementType, a, b) < 0;
    }

    private static int category(CtyValue v) {
        if (v.isNull()) {
            return 2;
        }
        return v.isKnown() ? 0 : 1;
    }

    private static int lessOrder(CtyType elementType, Entry a, Entry b) {
        int ca = category(a.value);
        int cb = category(b.value);
        if (ca != cb) {
            return Integer.compare(ca, cb);
        }
        if (ca != 0) {
            return 0;
        }
        return switch (elementType.kind()) {
            case STRING -> GoStrings.compare(a.value.asString(), b.value.asString());
            case BOOL -> Boolean.compare(a.value.asBool(), b.value.asBool());
            case NUMBER -> a.value.asBigFloat().compareTo(b.value.asBigFloat());
            default -> GoStrings.compare(a.hashString, b.hashString);
        };
    }

    private static boolean containsEquivalent(List<CtyValue> bucket, CtyValue v) {
        for (CtyValue e : bucket) {
            if (equivalent(e, v)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equivalent(CtyValue a, CtyValue b) {
        CtyValue eq = ValueEquality.equals(a, b);
        return eq.isKnown() && !eq.isNull() && eq.unmark().asBool();
    }

    CtyType elementType() {
        return elementType;
    }

    List<CtyValue> ordered() {
        return ordered;
    }

    int size() {
        return ordered.size();
    }

    /** go-cty's {@code set.Has}: some element is equivalent (Equals is known true) to the unmarked {@code v}. */
    boolean contains(CtyValue v) {
        if (!v.isWhollyKnown()) {
            return false;
        }
        List<CtyValue> bucket = buckets.get(SetHash.hash(v));
        return bucket != null && containsEquivalent(bucket, v);
    }
}
