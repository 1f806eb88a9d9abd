package io.vertiform.framework.schema;

/**
 * Factories for nested block declarations: {@code Blocks.list("rule").maxItems(10).attribute(...)}.
 * New schemas should prefer nested attributes ({@link Attributes#listNested}) where protocol 6 is available;
 * blocks remain the only choice for protocol 5 clients.
 */
public final class Blocks {

    private Blocks() {
    }

    /** At most one block; absent is null. */
    public static NestedBlockSpec.Builder single(String typeName) {
        return new NestedBlockSpec.Builder(typeName, Nesting.SINGLE);
    }

    public static NestedBlockSpec.Builder list(String typeName) {
        return new NestedBlockSpec.Builder(typeName, Nesting.LIST);
    }

    public static NestedBlockSpec.Builder set(String typeName) {
        return new NestedBlockSpec.Builder(typeName, Nesting.SET);
    }

    /** Blocks with one label each, keyed by it. */
    public static NestedBlockSpec.Builder map(String typeName) {
        return new NestedBlockSpec.Builder(typeName, Nesting.MAP);
    }

    /** Exactly one block, synthesised with null attributes when absent. */
    public static NestedBlockSpec.Builder group(String typeName) {
        return new NestedBlockSpec.Builder(typeName, Nesting.GROUP);
    }
}
