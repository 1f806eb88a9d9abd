package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Traversal;

import java.util.List;

/** Shared behaviour of native expressions: variables come from walking the tree. */
abstract class AbstractExpr implements Expr {
    @Override
    public List<Traversal> variables() {
        return Walks.variables(this);
    }
}
