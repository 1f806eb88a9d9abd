package io.vertiform.cty.json;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.PathError;

/**
 * A JSON value or type could not be encoded or decoded. {@link #rawMessage()} is go-cty's error text;
 * {@link #path()} locates the problem inside the value (empty for type JSON and implied-type errors).
 */
public final class CtyJsonException extends PathError {
    private static final long serialVersionUID = 1L;

    public CtyJsonException(CtyPath path, String rawMessage) {
        super(path, rawMessage);
    }

    public CtyJsonException(String rawMessage) {
        super(CtyPath.root(), rawMessage);
    }
}
