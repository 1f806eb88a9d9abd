package io.vertiform.hcl;

import java.util.List;

/**
 * A nested block of a body (hcl's {@code Block}). {@code defRange} covers the type and labels (where editors jump to).
 */
public record Block(String type, List<String> labels, Body body, Range defRange, Range typeRange,
                    List<Range> labelRanges) {
    public Block {
        labels = List.copyOf(labels);
        labelRanges = List.copyOf(labelRanges);
    }
}
