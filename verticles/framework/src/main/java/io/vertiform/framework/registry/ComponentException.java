package io.vertiform.framework.registry;

/** A component is declared wrongly (bad annotation, duplicate name, invalid schema, unmappable state type). */
public class ComponentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ComponentException(String message) {
        super(message);
    }

    public ComponentException(String message, Throwable cause) {
        super(message, cause);
    }
}
