package io.vertiform.tools.flavorpack;

import io.vertiform.foundation.error.ErrorCategory;
import io.vertiform.foundation.error.VertiformException;

/**
 * Failures of packing, reading, verifying, extracting and installing packages. Codes start with {@code pack.}:
 * {@code pack.malformed}, {@code pack.verification_failed}, {@code pack.io}, {@code pack.build_failed},
 * {@code pack.key}, {@code pack.install}.
 */
public final class PackException extends VertiformException {

    private static final long serialVersionUID = 1L;

    public PackException(ErrorCategory category, String code, String summary, String detail, Throwable cause) {
        super(category, requirePrefix(code), summary, detail, null, cause);
    }

    public static PackException malformed(String detail) {
        return new PackException(ErrorCategory.INVALID, "pack.malformed", "not a valid PSPF package", detail, null);
    }

    public static PackException io(String summary, Throwable cause) {
        return new PackException(ErrorCategory.INTERNAL, "pack.io", summary, String.valueOf(cause.getMessage()),
                cause);
    }

    public static PackException build(String summary, String detail) {
        return new PackException(ErrorCategory.PROCESS, "pack.build_failed", summary, detail, null);
    }

    public static PackException key(String summary, String detail, Throwable cause) {
        return new PackException(ErrorCategory.INVALID, "pack.key", summary, detail, cause);
    }

    private static String requirePrefix(String code) {
        if (code == null || !code.startsWith("pack.")) {
            throw new IllegalArgumentException("pack error codes start with 'pack.': " + code);
        }
        return code;
    }
}
