package io.vertiform.framework.engine;

import io.vertiform.cty.CtyValue;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Pairs set elements across values that have no identity but their content: two elements correspond when
 * their keys (the element with every computed part blanked) are equal. Hash-based, so planning a set of n
 * blocks costs O(n), not the O(n²) of pairwise comparison.
 */
final class SetCorrelation {

    private final Map<CtyValue, ArrayDeque<CtyValue>> byKey = new HashMap<>();
    private final UnaryOperator<CtyValue> keyOf;

    SetCorrelation(List<CtyValue> elements, UnaryOperator<CtyValue> keyOf) {
        this.keyOf = keyOf;
        for (CtyValue e : elements) {
            byKey.computeIfAbsent(keyOf.apply(e), k -> new ArrayDeque<>()).add(e);
        }
    }

    /** The first unclaimed element with the same key as {@code element}, claimed; null when none. */
    CtyValue claim(CtyValue element) {
        ArrayDeque<CtyValue> candidates = byKey.get(keyOf.apply(element));
        return candidates == null ? null : candidates.poll();
    }
}
