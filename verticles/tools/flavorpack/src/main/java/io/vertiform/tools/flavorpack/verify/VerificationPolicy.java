package io.vertiform.tools.flavorpack.verify;

import io.vertiform.tools.flavorpack.PackException;
import io.vertiform.foundation.error.ErrorCategory;
import java.util.Locale;
import java.util.Map;

/**
 * {@code VERTIFORM_VERIFICATION}: {@code strict} (default: verify a package file once, refuse on any failure),
 * {@code always} (re-verify the whole file on every launch) or {@code none} (the explicit opt-out: skip checks;
 * extractions made this way never count as verified). Any other value is refused rather than guessed at.
 */
public enum VerificationPolicy {
    STRICT,
    ALWAYS,
    NONE;

    public static final String ENV = "VERTIFORM_VERIFICATION";

    public static VerificationPolicy fromEnvironment(Map<String, String> env) {
        String value = env.get(ENV);
        if (value == null || value.isBlank()) {
            return STRICT;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "strict":
                return STRICT;
            case "always":
                return ALWAYS;
            case "none":
                return NONE;
            default:
                throw new PackException(ErrorCategory.INVALID, "pack.bad_policy",
                        ENV + " must be strict, always or none", "got '" + value + "'", null);
        }
    }
}
