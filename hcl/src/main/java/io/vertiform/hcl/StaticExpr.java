package io.vertiform.hcl;

import io.vertiform.cty.CtyValue;

import java.util.List;

/** An expression with a fixed value and a given range (hcl's {@code StaticExpr}), for synthesized defaults. */
public record StaticExpr(CtyValue val, Range range) implements Expression {
    @Override
    public Evaluated value(EvalContext ctx) {
        return Evaluated.of(val);
    }

    @Override
    public List<Traversal> variables() {
        return List.of();
    }

    @Override
    public Range startRange() {
        return range;
    }
}
