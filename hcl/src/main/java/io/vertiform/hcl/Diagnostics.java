package io.vertiform.hcl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** An ordered, appendable list of diagnostics (hcl's {@code Diagnostics}). Not thread-safe. */
public final class Diagnostics implements Iterable<Diagnostic> {
    private final List<Diagnostic> items;

    public Diagnostics() {
        items = new ArrayList<>(2);
    }

    public static Diagnostics of(Diagnostic... diags) {
        Diagnostics d = new Diagnostics();
        Collections.addAll(d.items, diags);
        return d;
    }

    public Diagnostics add(Diagnostic diag) {
        items.add(diag);
        return this;
    }

    public Diagnostics addAll(Diagnostics other) {
        if (other != null && other != this) {
            items.addAll(other.items);
        }
        return this;
    }

    public Diagnostics addAll(Collection<Diagnostic> other) {
        items.addAll(other);
        return this;
    }

    public boolean hasErrors() {
        for (Diagnostic d : items) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Diagnostic get(int i) {
        return items.get(i);
    }

    public List<Diagnostic> asList() {
        return Collections.unmodifiableList(items);
    }

    /** Attaches the expression and context to every diagnostic that has none yet. */
    public Diagnostics withEvaluation(Expression expr, EvalContext ctx) {
        for (int i = 0; i < items.size(); i++) {
            Diagnostic d = items.get(i);
            if (d.expression() == null) {
                items.set(i, d.withEvaluation(expr, ctx));
            }
        }
        return this;
    }

    @Override
    public Iterator<Diagnostic> iterator() {
        return asList().iterator();
    }

    /** hcl's {@code Diagnostics.Error()}. */
    @Override
    public String toString() {
        switch (items.size()) {
            case 0:
                return "no diagnostics";
            case 1:
                return items.get(0).toString();
            default:
                return items.get(0) + ", and " + (items.size() - 1) + " other diagnostic(s)";
        }
    }
}
