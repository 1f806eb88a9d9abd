package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Range;

import java.util.function.Consumer;

/** A node of the native syntax tree: bodies, attributes, blocks and expressions. */
public interface Node {
    Range range();

    /** Calls {@code visitor} on each direct child, in source order. */
    void walkChildNodes(Consumer<Node> visitor);
}
