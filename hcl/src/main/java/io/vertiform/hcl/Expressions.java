package io.vertiform.hcl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Static analysis helpers over expressions of either syntax (hcl's {@code AbsTraversalForExpr}, {@code ExprList}...). */
public final class Expressions {
    private Expressions() {
    }

    /** Unwraps {@link Expression.Wrapper}s until {@code until} holds; null when it never does. */
    public static Expression unwrapUntil(Expression expr, Predicate<Expression> until) {
        Expression e = expr;
        while (e != null) {
            if (until.test(e)) {
                return e;
            }
            if (!(e instanceof Expression.Wrapper w)) {
                return null;
            }
            e = w.unwrapExpression();
        }
        return null;
    }

    /** Unwraps all {@link Expression.Wrapper}s. */
    public static Expression unwrap(Expression expr) {
        Expression e = expr;
        while (e instanceof Expression.Wrapper w) {
            Expression inner = w.unwrapExpression();
            if (inner == null) {
                return e;
            }
            e = inner;
        }
        return e;
    }

    /** Reads the expression as a single static variable reference. */
    public static Result<Traversal> absTraversal(Expression expr) {
        Expression phys = unwrapUntil(expr, e -> e instanceof Expression.TraversalCapable);
        if (phys instanceof Expression.TraversalCapable t) {
            Traversal traversal = t.asTraversal();
            if (traversal != null) {
                return Result.of(traversal);
            }
        }
        return Result.failed(Diagnostic.error("Invalid expression", "A single static variable reference is required: "
                + "only attribute access and indexing with constant keys. No calculations, function calls, template "
                + "expressions, etc are allowed here.", expr.range()));
    }

    /** Like {@link #absTraversal} with the root turned into an attribute step. */
    public static Result<Traversal> relTraversal(Expression expr) {
        Result<Traversal> abs = absTraversal(expr);
        Traversal t = abs.value();
        if (t == null || t.size() == 0) {
            return abs;
        }
        List<Traverser> steps = new ArrayList<>(t.steps());
        Traverser.Root root = (Traverser.Root) steps.get(0);
        steps.set(0, new Traverser.Attr(root.name(), root.sourceRange()));
        return new Result<>(new Traversal(steps), abs.diagnostics());
    }

    /** The single identifier the expression consists of, or "" (hcl's {@code ExprAsKeyword}). */
    public static String asKeyword(Expression expr) {
        Expression phys = unwrapUntil(expr, e -> e instanceof Expression.TraversalCapable);
        if (phys instanceof Expression.TraversalCapable t) {
            Traversal traversal = t.asTraversal();
            if (traversal != null && traversal.size() == 1) {
                return traversal.rootName();
            }
        }
        return "";
    }

    /** The element expressions of a static list expression. */
    public static Result<List<Expression>> list(Expression expr) {
        Expression phys = unwrapUntil(expr, e -> e instanceof Expression.ListCapable);
        if (phys instanceof Expression.ListCapable l) {
            List<Expression> items = l.exprList();
            if (items != null) {
                return Result.of(items);
            }
        }
        return Result.failed(Diagnostic.error("Invalid expression", "A static list expression is required.",
                expr.startRange()));
    }

    /** The key/value expressions of a static map expression. */
    public static Result<List<Expression.KeyValuePair>> map(Expression expr) {
        Expression phys = unwrapUntil(expr, e -> e instanceof Expression.MapCapable);
        if (phys instanceof Expression.MapCapable m) {
            List<Expression.KeyValuePair> pairs = m.exprMap();
            if (pairs != null) {
                return Result.of(pairs);
            }
        }
        return Result.failed(Diagnostic.error("Invalid expression", "A static map expression is required.",
                expr.startRange()));
    }

    /** The function call a static call expression makes, without calling it. */
    public static Result<Expression.StaticCall> call(Expression expr) {
        Expression phys = unwrapUntil(expr, e -> e instanceof Expression.CallCapable);
        if (phys instanceof Expression.CallCapable c) {
            Expression.StaticCall call = c.exprCall();
            if (call != null) {
                return Result.of(call);
            }
        }
        return Result.failed(Diagnostic.error("Invalid expression", "A static function call is required.",
                expr.startRange()));
    }
}
