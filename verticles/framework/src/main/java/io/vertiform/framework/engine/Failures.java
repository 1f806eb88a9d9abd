package io.vertiform.framework.engine;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.diag.Severity;
import io.vertiform.cty.CtyException;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.PathError;
import io.vertiform.foundation.error.ErrorMapping;
import io.vertiform.foundation.error.VertiformException;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.diag.Paths;
import io.vertiform.framework.privatestate.PrivateStateException;
import io.vertiform.framework.value.ValueMappingException;
import java.util.List;
import java.util.concurrent.CompletionException;

/** Errors from author code and from the framework's own checks, as Terraform diagnostics. */
public final class Failures {

    private Failures() {
    }

    /** The diagnostic for an exception escaping author code during {@code operation} (e.g. "Create"). */
    public static Diagnostic diagnostic(Throwable error, String operation, CtyType rootType) {
        Throwable t = error;
        while ((t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof VertiformException) {
            return ErrorMapping.toDiagnostic(t);
        }
        if (t instanceof ValueMappingException v) {
            return new Diagnostic(Severity.ERROR, "Value Conversion Error", v.getMessage(),
                    rootType == null ? AttributePath.EMPTY : Paths.toAttributePath(v.path(), rootType));
        }
        if (t instanceof PrivateStateException p) {
            return Diagnostic.error("Invalid Private State", p.getMessage());
        }
        if (t instanceof PathError p) {
            return new Diagnostic(Severity.ERROR, "Invalid Value", p.rawMessage(),
                    rootType == null ? AttributePath.EMPTY : Paths.toAttributePath(p.path(), rootType));
        }
        if (t instanceof CtyException c) {
            return Diagnostic.error("Invalid Value", c.getMessage());
        }
        Diagnostic d = ErrorMapping.toDiagnostic(t);
        return Diagnostic.error("Unexpected error in " + operation,
                "The provider failed unexpectedly; this is a bug in the provider. " + d.detail());
    }

    /** Rule violations as one diagnostic each, at their paths. */
    public static void report(Diagnostics diags, List<PathError> errors, CtyType rootType, String summary,
                              String detailPrefix) {
        for (PathError e : errors) {
            AttributePath path = Paths.toAttributePath(e.path(), rootType);
            String where = path.isEmpty() ? "" : path + ": ";
            diags.add(new Diagnostic(Severity.ERROR, summary, detailPrefix + where + e.rawMessage(), path));
        }
    }
}
