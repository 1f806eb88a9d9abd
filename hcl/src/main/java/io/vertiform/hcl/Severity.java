package io.vertiform.hcl;

/** Diagnostic severity; JSON and CLI output spell them "error" and "warning". */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
