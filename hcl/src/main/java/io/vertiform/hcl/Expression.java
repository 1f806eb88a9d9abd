package io.vertiform.hcl;

import java.util.List;

/**
 * An expression of either syntax (hcl's {@code Expression}). Evaluation never throws for problems in the
 * configuration: it reports them as diagnostics and returns a placeholder value (usually
 * {@link io.vertiform.cty.CtyValue#DYNAMIC_VAL}).
 */
public interface Expression {

    /** Evaluates in {@code ctx}, which may be null (no variables, no functions). */
    Evaluated value(EvalContext ctx);

    /** The absolute traversals (variable references) the expression makes, in source order. */
    List<Traversal> variables();

    /** The whole source range of the expression. */
    Range range();

    /** A range suitable for pointing at the expression's start in a diagnostic. */
    Range startRange();

    /** Implemented by expressions that can be read as a static traversal (hcl's {@code AbsTraversalForExpr}). */
    interface TraversalCapable {
        /** The traversal, or null when this particular expression has none. */
        Traversal asTraversal();
    }

    /** Implemented by expressions that are a static list of expressions (hcl's {@code ExprList}). */
    interface ListCapable {
        List<Expression> exprList();
    }

    /** Implemented by expressions that are a static map of key/value expressions (hcl's {@code ExprMap}). */
    interface MapCapable {
        List<KeyValuePair> exprMap();
    }

    /** Implemented by expressions that are a static function call (hcl's {@code ExprCall}). */
    interface CallCapable {
        StaticCall exprCall();
    }

    /** Implemented by wrappers around another expression (hcl's {@code UnwrapExpression}). */
    interface Wrapper {
        Expression unwrapExpression();
    }

    /** A key and a value expression of a static map. */
    record KeyValuePair(Expression key, Expression value) {
    }

    /** A function call read statically, without calling it. */
    record StaticCall(String name, Range nameRange, List<Expression> arguments, Range argsRange) {
    }
}
