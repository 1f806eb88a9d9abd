package io.vertiform.cty.msgpack;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.PathError;

/**
 * A value could not be encoded to or decoded from msgpack. {@link #rawMessage()} is go-cty's error text;
 * {@link #path()} locates the problem inside the value.
 */
public final class CtyMsgpackException extends PathError {
    private static final long serialVersionUID = 1L;

    public CtyMsgpackException(CtyPath path, String rawMessage) {
        super(path, rawMessage);
    }

    public CtyMsgpackException(String rawMessage) {
        super(CtyPath.root(), rawMessage);
    }
}
