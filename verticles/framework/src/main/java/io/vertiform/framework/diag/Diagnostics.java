package io.vertiform.framework.diag;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Warnings and errors collected while handling one request. Authors add to it (errors make the operation
 * fail, warnings are shown); the framework adds its own and sends them all with the response.
 */
public final class Diagnostics {

    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized Diagnostics add(Diagnostic d) {
        items.add(d);
        return this;
    }

    public synchronized Diagnostics addAll(List<Diagnostic> more) {
        items.addAll(more);
        return this;
    }

    public Diagnostics addError(String summary, String detail) {
        return add(Diagnostic.error(summary, detail));
    }

    public Diagnostics addWarning(String summary, String detail) {
        return add(Diagnostic.warning(summary, detail));
    }

    /** An error pointing at an attribute, e.g. {@code AttributePath.of("rule").index(0).attribute("port")}. */
    public Diagnostics addAttributeError(AttributePath path, String summary, String detail) {
        return add(new Diagnostic(Severity.ERROR, summary, detail, path));
    }

    public Diagnostics addAttributeWarning(AttributePath path, String summary, String detail) {
        return add(new Diagnostic(Severity.WARNING, summary, detail, path));
    }

    public synchronized boolean hasErrors() {
        for (Diagnostic d : items) {
            if (d.isError()) {
                return true;
            }
        }
        return false;
    }

    public synchronized boolean isEmpty() {
        return items.isEmpty();
    }

    public synchronized List<Diagnostic> toList() {
        return List.copyOf(items);
    }

    @Override
    public synchronized String toString() {
        return items.toString();
    }
}
