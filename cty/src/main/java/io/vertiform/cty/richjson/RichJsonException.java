package io.vertiform.cty.richjson;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.PathError;

/** Rich JSON that cannot be read as, or a value that cannot be written as, the requested type. */
public final class RichJsonException extends PathError {
    private static final long serialVersionUID = 1L;

    public RichJsonException(String message) {
        super(CtyPath.root(), message);
    }

    public RichJsonException(CtyPath path, String message) {
        super(path, message);
    }

    public RichJsonException(CtyPath path, String message, Throwable cause) {
        super(path, message, cause);
    }
}
