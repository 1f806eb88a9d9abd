package io.vertiform.launcher.demo.module;

import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;
import java.util.StringJoiner;

/** A configuration the demo's client cannot evaluate; the message lists each problem with its source range. */
public final class ModuleException extends RuntimeException {

    public ModuleException(String message) {
        super(message);
    }

    /** Throws when {@code diags} holds errors; warnings alone pass. */
    public static void throwIfErrors(String what, Diagnostics diags) {
        if (!diags.hasErrors()) {
            return;
        }
        StringJoiner lines = new StringJoiner("\n  ", what + ":\n  ", "");
        for (Diagnostic d : diags) {
            if (d.isError()) {
                lines.add((d.subject() == null ? "" : d.subject() + ": ") + d.summary()
                        + (d.detail() == null || d.detail().isEmpty() ? "" : "; " + d.detail()));
            }
        }
        throw new ModuleException(lines.toString());
    }
}
