package io.vertiform.launcher.demo.client;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.contracts.diag.Diagnostic;

/** A provider diagnostic on one line: {@code Error: summary (at attribute.path): detail}. */
public final class DiagnosticText {

    private DiagnosticText() {
    }

    public static String of(Diagnostic d) {
        StringBuilder sb = new StringBuilder(d.isError() ? "Error: " : "Warning: ").append(d.summary());
        if (d.attribute() != null && !d.attribute().steps().isEmpty()) {
            sb.append(" (at ").append(path(d.attribute())).append(')');
        }
        if (d.detail() != null && !d.detail().isEmpty()) {
            sb.append(": ").append(d.detail());
        }
        return sb.toString();
    }

    private static String path(AttributePath p) {
        StringBuilder sb = new StringBuilder();
        for (AttributePath.Step s : p.steps()) {
            if (s instanceof AttributePath.AttributeName n) {
                sb.append(sb.length() == 0 ? "" : ".").append(n.name());
            } else if (s instanceof AttributePath.ElementKeyString k) {
                sb.append("[\"").append(k.key()).append("\"]");
            } else if (s instanceof AttributePath.ElementKeyInt i) {
                sb.append('[').append(i.index()).append(']');
            }
        }
        return sb.toString();
    }
}
