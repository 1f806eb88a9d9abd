package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Expression;

/** A native syntax expression: an {@link Expression} that is also a syntax tree {@link Node}. */
public interface Expr extends Expression, Node {
}
