package io.vertiform.framework.schema;

import io.vertiform.framework.registry.ComponentException;

/** A schema breaks a definition rule (conflicting flags, bad names, impossible defaults...). */
public class SchemaException extends ComponentException {

    private static final long serialVersionUID = 1L;

    public SchemaException(String message) {
        super(message);
    }
}
