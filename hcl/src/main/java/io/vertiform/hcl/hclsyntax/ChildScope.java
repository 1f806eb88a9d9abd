package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Range;

import java.util.Set;
import java.util.function.Consumer;

/**
 * A pseudo-node marking an expression evaluated with extra local names in scope (the variables of a {@code for}
 * expression), so that walks can tell local names from references to the outer context.
 */
public record ChildScope(Set<String> localNames, Expr expr) implements Node {
    @Override
    public Range range() {
        return expr.range();
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        visitor.accept(expr);
    }
}
