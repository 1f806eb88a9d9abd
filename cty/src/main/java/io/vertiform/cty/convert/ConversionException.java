package io.vertiform.cty.convert;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.PathError;

/**
 * A failed conversion. {@link #rawMessage()} is exactly go-cty's {@code err.Error()} text; {@link #getMessage()}
 * prefixes the path inside the converted value the way Terraform prints it ({@code .foo[0]: a number is required}).
 * Errors about the types as a whole (no conversion exists) have an empty path.
 */
public final class ConversionException extends PathError {
    private static final long serialVersionUID = 1L;

    public ConversionException(CtyPath path, String rawMessage) {
        super(path, rawMessage);
    }

    private ConversionException(CtyPath path, String rawMessage, Throwable cause) {
        super(path, rawMessage, cause);
    }

    /** Like go-cty's {@code path.NewError(err)}: re-attributes a nested failure below {@code prefix}. */
    static ConversionException below(CtyPath prefix, ConversionException nested) {
        if (prefix.isEmpty()) {
            return nested;
        }
        return new ConversionException(prefix.append(nested.path()), nested.rawMessage(), nested);
    }
}
