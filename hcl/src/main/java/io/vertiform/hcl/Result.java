package io.vertiform.hcl;

/** A value (possibly null when there is none) with the diagnostics produced while obtaining it. */
public record Result<T>(T value, Diagnostics diagnostics) {

    public static <T> Result<T> of(T value) {
        return new Result<>(value, new Diagnostics());
    }

    public static <T> Result<T> failed(Diagnostic diag) {
        return new Result<>(null, Diagnostics.of(diag));
    }

    public boolean hasErrors() {
        return diagnostics.hasErrors();
    }
}
