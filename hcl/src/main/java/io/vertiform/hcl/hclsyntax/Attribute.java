package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Range;

import java.util.function.Consumer;

/** {@code name = expr} in a native syntax body. */
public record Attribute(String name, Expr expr, Range srcRange, Range nameRange, Range equalsRange) implements Node {

    @Override
    public Range range() {
        return srcRange;
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(expr);
    }

    public io.vertiform.hcl.Attribute asHclAttribute() {
        return new io.vertiform.hcl.Attribute(name, expr, srcRange, nameRange);
    }
}
