package io.vertiform.hcl.hclsyntax;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.Expressions;
import io.vertiform.hcl.Range;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.Traversal;

import java.util.function.Consumer;

/**
 * The key of an object constructor item. A bare identifier (or {@code true}/{@code false}/{@code null}) is a
 * literal string key rather than a reference, unless the key was written in parentheses.
 */
public final class ObjectConsKeyExpr extends AbstractExpr implements Expression.TraversalCapable,
        Expression.Wrapper {
    private final Expr wrapped;
    private final boolean forceNonLiteral;

    public ObjectConsKeyExpr(Expr wrapped, boolean forceNonLiteral) {
        this.wrapped = wrapped;
        this.forceNonLiteral = forceNonLiteral;
    }

    public Expr wrapped() {
        return wrapped;
    }

    public boolean forceNonLiteral() {
        return forceNonLiteral;
    }

    private String literalName() {
        return Expressions.asKeyword(wrapped);
    }

    @Override
    public Evaluated value(EvalContext ctx) {
        if (!forceNonLiteral) {
            // A dotted name is ambiguous here: a reference or a key containing dots? Make the author say which.
            if (wrapped instanceof ScopeTraversalExpr t && t.traversal().size() > 1) {
                return Evaluated.of(CtyValue.DYNAMIC_VAL, Diagnostic.error("Ambiguous attribute key",
                        "If this expression is intended to be a reference, wrap it in parentheses. If it's instead "
                                + "intended as a literal name containing periods, wrap it in quotes to create a string "
                                + "literal.", range()));
            }
            String name = literalName();
            if (!name.isEmpty()) {
                return Evaluated.of(CtyValue.stringVal(name));
            }
        }
        return wrapped.value(ctx);
    }

    @Override
    public Range range() {
        return wrapped.range();
    }

    @Override
    public Range startRange() {
        return wrapped.startRange();
    }

    @Override
    public void walkChildNodes(Consumer<Node> visitor) {
        // Only a key that is not read literally is an expression in its own right.
        if (literalName().isEmpty()) {
            visitor.accept(wrapped);
        }
    }

    @Override
    public Traversal asTraversal() {
        if (forceNonLiteral) {
            return null;
        }
        Result<Traversal> st = Expressions.absTraversal(wrapped);
        return st.hasErrors() ? null : st.value();
    }

    @Override
    public Expression unwrapExpression() {
        return wrapped;
    }
}
