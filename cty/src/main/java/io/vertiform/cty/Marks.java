package io.vertiform.cty;

import java.util.Objects;

/**
 * Well-known value marks. Marks are arbitrary objects compared with {@code equals}; these named instances cover the
 * ones Terraform itself uses so that every module agrees on their identity.
 */
public final class Marks {
    /** Terraform's "sensitive" mark: the value must not be shown in plans or logs. */
    public static final Marks SENSITIVE = new Marks("sensitive");

    private final String name;

    private Marks(String name) {
        this.name = Objects.requireNonNull(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
