package io.vertiform.cty.convert;

import io.vertiform.cty.CtyType;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of a successful {@link Convert#unifyWithConversions} call: the unified type and, per input type
 * (same order), the conversion to apply to values of that input — empty when the input already has the unified type.
 */
public record Unification(CtyType type, List<Optional<Conversion>> conversions) {

    public Unification {
        conversions = List.copyOf(conversions);
    }

    /** The conversion for input {@code index}, empty when that input needs none. */
    public Optional<Conversion> conversion(int index) {
        return conversions.get(index);
    }
}
