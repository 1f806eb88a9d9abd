package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Range;

import java.util.List;
import java.util.function.Consumer;

/** {@code type "label" ... { body }} in a native syntax body. */
public record Block(String type, List<String> labels, Body body, Range typeRange, List<Range> labelRanges,
                    Range openBraceRange, Range closeBraceRange) implements Node {

    public Block {
        labels = List.copyOf(labels);
        labelRanges = List.copyOf(labelRanges);
    }

    /** From the type keyword through the closing brace. */
    @Override
    public Range range() {
        return Range.between(typeRange, closeBraceRange);
    }

    /** The type and labels: where an editor would jump for this block. */
    public Range defRange() {
        Range last = labelRanges.isEmpty() ? typeRange : labelRanges.get(labelRanges.size() - 1);
        return Range.between(typeRange, last);
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(body);
    }

    public io.vertiform.hcl.Block asHclBlock() {
        return new io.vertiform.hcl.Block(type, labels, body, defRange(), typeRange, labelRanges);
    }
}
