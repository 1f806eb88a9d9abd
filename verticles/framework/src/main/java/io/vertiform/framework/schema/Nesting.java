package io.vertiform.framework.schema;

/**
 * How instances of a nested block or nested attribute collect into one value. {@link #GROUP} exists only for
 * blocks: exactly one instance that Terraform synthesises (all attributes null) when the block is absent.
 */
public enum Nesting {
    /** At most one; absent is null. */
    SINGLE,
    /** Ordered, correlated by index. */
    LIST,
    /** Unordered, identified by the whole value. */
    SET,
    /** Keyed by label (blocks) or map key (nested attributes). */
    MAP,
    /** Blocks only: always exactly one. */
    GROUP
}
