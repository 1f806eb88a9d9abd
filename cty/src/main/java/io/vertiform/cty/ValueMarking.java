package io.vertiform.cty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Deep mark removal and re-application (go-cty's {@code UnmarkDeepWithPaths} and {@code MarkWithPaths}). */
final class ValueMarking {
    private ValueMarking() {
    }

    static UnmarkedWithPaths unmarkDeepWithPaths(CtyValue value) {
        if (!value.containsMarked()) {
            return new UnmarkedWithPaths(value, List.of());
        }
        List<PathValueMarks> found = new ArrayList<>();
        CtyValue unmarked = unmark(CtyPath.root(), value, found);
        return new UnmarkedWithPaths(unmarked, found);
    }

    // Pre-order like go-cty's unmark transformer, but subtrees without marks are returned as they are.
    private static CtyValue unmark(CtyPath path, CtyValue value, List<PathValueMarks> found) {
        if (!value.containsMarked()) {
            return value;
        }
        CtyValue v = value;
        if (v.isMarked()) {
            found.add(new PathValueMarks(path, v.marks()));
            v = v.unmark();
        }
        if (!v.containsMarked()) {
            return v;
        }
        CtyType t = v.type();
        if (t.isObjectType() || t.isMapType()) {
            Map<String, CtyValue> out = new TreeMap<>(GoStrings.ORDER);
            for (Map.Entry<String, CtyValue> e : v.mapEntries().entrySet()) {
                CtyPath p = t.isObjectType() ? path.getAttr(e.getKey()) : path.index(e.getKey());
                out.put(e.getKey(), unmark(p, e.getValue(), found));
            }
            return t.isObjectType() ? CtyValue.objectVal(out) : CtyValue.mapVal(out);
        }
        List<CtyValue> elems = v.elements();
        List<CtyValue> out = new ArrayList<>(elems.size());
        for (int i = 0; i < elems.size(); i++) {
            CtyValue e = elems.get(i);
            out.add(unmark(t.isSetType() ? path.index(e) : path.index(i), e, found));
        }
        return switch (t.kind()) {
            case LIST -> CtyValue.listVal(out);
            case SET -> CtyValue.setVal(out);
            default -> CtyValue.tupleVal(out);
        };
    }

    static CtyValue markWithPaths(CtyValue value, List<PathValueMarks> pathMarks) {
        if (pathMarks.isEmpty()) {
            return value;
        }
        // go-cty applies the first entry whose path matches; paths compare like Path.Equals (RawEquals on keys).
        Map<CtyPath, Set<Object>> byPath = new HashMap<>();
        for (PathValueMarks pvm : pathMarks) {
            byPath.putIfAbsent(pvm.path(), pvm.marks());
        }
        return CtyWalk.transform(value, (path, v) -> {
            Set<Object> marks = byPath.get(path);
            return marks == null ? v : v.withMarks(marks);
        });
    }
}
