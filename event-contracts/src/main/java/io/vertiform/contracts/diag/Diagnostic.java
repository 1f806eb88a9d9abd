package io.vertiform.contracts.diag;

import java.util.Objects;

/**
 * A protocol-neutral Terraform diagnostic; the RPC layer maps it to tfplugin's {@code Diagnostic}.
 *
 * @param severity  error or warning
 * @param summary   one line, shown as the diagnostic's title
 * @param detail    longer explanation, may be empty, never null
 * @param attribute the attribute it concerns, {@link AttributePath#EMPTY} for none
 */
public record Diagnostic(Severity severity, String summary, String detail, AttributePath attribute) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        detail = detail == null ? "" : detail;
        attribute = attribute == null ? AttributePath.EMPTY : attribute;
    }

    public static Diagnostic error(String summary, String detail) {
        return new Diagnostic(Severity.ERROR, summary, detail, AttributePath.EMPTY);
    }

    public static Diagnostic warning(String summary, String detail) {
        return new Diagnostic(Severity.WARNING, summary, detail, AttributePath.EMPTY);
    }

    public Diagnostic at(AttributePath path) {
        return new Diagnostic(severity, summary, detail, path);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
