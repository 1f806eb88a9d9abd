package io.vertiform.testkit.provider;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.Deferred;
import io.vertiform.cty.CtyValue;
import java.util.List;

/**
 * What a provider call returned, decoded: the value (planned or new state, data, result), private bytes,
 * replacement paths, the deferral and the diagnostics.
 */
public record Outcome(CtyValue value, byte[] privateData, List<AttributePath> requiresReplace, Deferred deferred,
                      List<Diagnostic> diagnostics) {

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Fails with the diagnostics when there are errors; returns this otherwise. */
    public Outcome orFail(String what) {
        if (hasErrors()) {
            throw new AssertionError(what + " failed: " + render(diagnostics));
        }
        return this;
    }

    static String render(List<Diagnostic> diags) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diags) {
            out.append("\n  ").append(d.severity()).append(": ").append(d.summary());
            if (!d.attribute().isEmpty()) {
                out.append(" (at ").append(d.attribute()).append(')');
            }
            if (!d.detail().isEmpty()) {
                out.append(": ").append(d.detail());
            }
        }
        return out.toString();
    }
}
