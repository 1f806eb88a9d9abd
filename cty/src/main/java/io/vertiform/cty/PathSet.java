package io.vertiform.cty;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A mutable set of paths (go-cty's {@code PathSet}). Two paths are the same when their attribute names match and
 * their index keys are {@link CtyValue#ctyEquals equal} (so paths with unknown keys are never the same). Iteration
 * order follows go-cty: by the CRC-64 (ISO) bucket hash of the attribute names, then insertion order.
 */
public final class PathSet {
    private static final long[] CRC64_ISO = crc64Table(0xD800000000000000L);

    private final Map<Long, List<CtyPath>> buckets = new HashMap<>();
    private int size;

    public PathSet() {
    }

    public static PathSet of(CtyPath... paths) {
        PathSet s = new PathSet();
        for (CtyPath p : paths) {
            s.add(p);
        }
        return s;
    }

    public void add(CtyPath path) {
        List<CtyPath> bucket = buckets.computeIfAbsent(hash(path), k -> new ArrayList<>(1));
        for (CtyPath p : bucket) {
            if (equivalent(p, path)) {
                return;
            }
        }
        bucket.add(path);
        size++;
    }

    /** Adds every non-empty prefix of {@code path} (go-cty's {@code AddAllSteps}). */
    public void addAllSteps(CtyPath path) {
        for (int i = 1; i <= path.size(); i++) {
            add(path.subPath(i));
        }
    }

    public boolean has(CtyPath path) {
        List<CtyPath> bucket = buckets.get(hash(path));
        if (bucket == null) {
            return false;
        }
        for (CtyPath p : bucket) {
            if (equivalent(p, path)) {
                return true;
            }
        }
        return false;
    }

    public void remove(CtyPath path) {
        long h = hash(path);
        List<CtyPath> bucket = buckets.get(h);
        if (bucket == null) {
            return;
        }
        for (int i = 0; i < bucket.size(); i++) {
            if (equivalent(bucket.get(i), path)) {
                bucket.remove(i);
                size--;
                if (bucket.isEmpty()) {
                    buckets.remove(h);
                }
                return;
            }
        }
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    /** The paths in go-cty's order (buckets by signed hash, then insertion). */
    public List<CtyPath> list() {
        TreeMap<Long, List<CtyPath>> sorted = new TreeMap<>(buckets);
        List<CtyPath> out = new ArrayList<>(size);
        for (List<CtyPath> bucket : sorted.values()) {
            out.addAll(bucket);
        }
        return Collections.unmodifiableList(out);
    }

    public PathSet union(PathSet other) {
        PathSet r = new PathSet();
        addAll(r, list());
        addAll(r, other.list());
        return r;
    }

    public PathSet intersection(PathSet other) {
        PathSet r = new PathSet();
        for (CtyPath p : list()) {
            if (other.has(p)) {
                r.add(p);
            }
        }
        return r;
    }

    public PathSet subtract(PathSet other) {
        PathSet r = new PathSet();
        for (CtyPath p : list()) {
            if (!other.has(p)) {
                r.add(p);
            }
        }
        return r;
    }

    public PathSet symmetricDifference(PathSet other) {
        PathSet r = subtract(other);
        for (CtyPath p : other.list()) {
            if (!has(p)) {
                r.add(p);
            }
        }
        return r;
    }

    /** Same membership (go-cty's {@code PathSet.Equal}). */
    public boolean sameAs(PathSet other) {
        if (size != other.size) {
            return false;
        }
        for (CtyPath p : list()) {
            if (!other.has(p)) {
                return false;
            }
        }
        return true;
    }

    private static void addAll(PathSet s, Collection<CtyPath> paths) {
        for (CtyPath p : paths) {
            s.add(p);
        }
    }

    private static boolean equivalent(CtyPath a, CtyPath b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            PathStep sa = a.step(i);
            PathStep sb = b.step(i);
            if (sa instanceof PathStep.GetAttrStep ga) {
                if (!(sb instanceof PathStep.GetAttrStep gb) || !ga.name().equals(gb.name())) {
                    return false;
                }
            } else if (sa instanceof PathStep.IndexStep ia) {
                if (!(sb instanceof PathStep.IndexStep ib)) {
                    return false;
                }
                CtyValue eq = ia.key().ctyEquals(ib.key()).unmark();
                if (!eq.isKnown() || !eq.asBool()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** go-cty's path hash: CRC-64/ISO over attribute names, with "#" standing for every index step. */
    static long hash(CtyPath path) {
        long crc = ~0L;
        for (PathStep step : path.steps()) {
            byte[] bytes = step instanceof PathStep.GetAttrStep ga
                    ? ga.name().getBytes(java.nio.charset.StandardCharsets.UTF_8) : new byte[] {'#'};
            for (byte b : bytes) {
                crc = CRC64_ISO[(int) ((crc ^ b) & 0xFF)] ^ (crc >>> 8);
            }
        }
        return ~crc;
    }

    private static long[] crc64Table(long poly) {
        long[] t = new long[256];
        for (int i = 0; i < 256; i++) {
            long crc = i;
            for (int j = 0; j < 8; j++) {
                crc = (crc & 1) == 1 ? (crc >>> 1) ^ poly : crc >>> 1;
            }
            t[i] = crc;
        }
        return t;
    }
}
