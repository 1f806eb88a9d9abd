package io.vertiform.contracts.diag;

/** Severity of a Terraform diagnostic (tfplugin's Diagnostic.Severity without INVALID). */
public enum Severity {
    ERROR,
    WARNING
}
