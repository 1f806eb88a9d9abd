package io.vertiform.framework.value;

import io.vertiform.cty.CtyPath;

/**
 * A cty value does not fit the Java type it is mapped to (or the other way round), e.g. an unknown value in a
 * plain {@code String} component. The message names the attribute path.
 */
public class ValueMappingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CtyPath path;

    public ValueMappingException(CtyPath path, String message) {
        super((path.isEmpty() ? "" : display(path) + ": ") + message);
        this.path = path;
    }

    public CtyPath path() {
        return path;
    }

    static String display(CtyPath path) {
        String s = path.toString();
        return s.startsWith(".") ? s.substring(1) : s;
    }
}
