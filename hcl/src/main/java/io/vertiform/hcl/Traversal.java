package io.vertiform.hcl;

import io.vertiform.cty.CtyValue;
import io.vertiform.hcl.text.Levenshtein;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A sequence of traversal steps (hcl's {@code Traversal}). Absolute traversals start with a {@link Traverser.Root}
 * (a variable reference); relative ones apply to a given value. Immutable.
 */
public final class Traversal {
    private final List<Traverser> steps;

    public Traversal(List<Traverser> steps) {
        this.steps = List.copyOf(steps);
    }

    public static Traversal of(Traverser... steps) {
        return new Traversal(List.of(steps));
    }

    public List<Traverser> steps() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    public boolean isRelative() {
        return steps.isEmpty() || !(steps.get(0) instanceof Traverser.Root);
    }

    public String rootName() {
        if (isRelative()) {
            throw new IllegalStateException("can't use rootName on a relative traversal");
        }
        return ((Traverser.Root) steps.get(0)).name();
    }

    /** This traversal with one more step. */
    public Traversal append(Traverser step) {
        List<Traverser> all = new ArrayList<>(steps.size() + 1);
        all.addAll(steps);
        all.add(step);
        return new Traversal(all);
    }

    /** The steps after the root. */
    public Traversal relativePart() {
        return new Traversal(steps.subList(Math.min(1, steps.size()), steps.size()));
    }

    /** From the first step's start to the last step's end; null for an empty traversal. */
    public Range sourceRange() {
        if (steps.isEmpty()) {
            return null;
        }
        return Range.between(steps.get(0).sourceRange(), steps.get(steps.size() - 1).sourceRange());
    }

    /** Applies the (relative) steps to {@code val}; stops at the first step with errors. */
    public Evaluated traverseRel(CtyValue val) {
        if (!isRelative()) {
            throw new IllegalStateException("can't use traverseRel on an absolute traversal");
        }
        CtyValue current = val;
        Diagnostics diags = new Diagnostics();
        for (Traverser step : steps) {
            Evaluated next = step instanceof Traverser.Attr a ? a.step(current) : ((Traverser.Index) step).step(current);
            diags.addAll(next.diagnostics());
            if (next.hasErrors()) {
                return new Evaluated(CtyValue.DYNAMIC_VAL, diags);
            }
            current = next.value();
        }
        return new Evaluated(current, diags);
    }

    /** Looks the root variable up in {@code ctx} (and its parents) and applies the remaining steps. */
    public Evaluated traverseAbs(EvalContext ctx) {
        if (isRelative()) {
            throw new IllegalStateException("can't use traverseAbs on a relative traversal");
        }
        Traverser.Root root = (Traverser.Root) steps.get(0);
        String name = root.name();
        boolean anyVariables = false;
        for (EvalContext c = ctx; c != null; c = c.parent()) {
            Map<String, CtyValue> vars = c.variables();
            if (vars == null) {
                continue;
            }
            anyVariables = true;
            CtyValue val = vars.get(name);
            if (val != null) {
                return relativePart().traverseRel(val);
            }
        }
        if (!anyVariables) {
            return Evaluated.of(CtyValue.DYNAMIC_VAL,
                    Diagnostic.error("Variables not allowed", "Variables may not be used here.", root.sourceRange()));
        }
        List<String> names = new ArrayList<>();
        for (EvalContext c = ctx; c != null; c = c.parent()) {
            if (c.variables() != null) {
                names.addAll(c.variables().keySet().stream().sorted().toList());
            }
        }
        String suggestion = Levenshtein.suggestion(name, names);
        String detail = "There is no variable named " + GoQuote.quote(name) + "."
                + (suggestion.isEmpty() ? "" : " Did you mean " + GoQuote.quote(suggestion) + "?");
        return Evaluated.of(CtyValue.DYNAMIC_VAL, Diagnostic.error("Unknown variable", detail, root.sourceRange()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Traversal t && t.steps.equals(steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return steps.toString();
    }
}
