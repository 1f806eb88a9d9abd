package io.vertiform.hcl;

import io.vertiform.cty.CtyValue;

/** One step of a {@link Traversal} (hcl's {@code Traverser}). */
public sealed interface Traverser permits Traverser.Root, Traverser.Attr, Traverser.Index {

    Range sourceRange();

    /** A variable name: the first step of an absolute traversal. */
    record Root(String name, Range sourceRange) implements Traverser {
    }

    /** {@code .name}. */
    record Attr(String name, Range sourceRange) implements Traverser {
        public Evaluated step(CtyValue val) {
            return Ops.getAttr(val, name, sourceRange);
        }
    }

    /** {@code [key]} with a constant key. */
    record Index(CtyValue key, Range sourceRange) implements Traverser {
        public Evaluated step(CtyValue val) {
            return Ops.index(val, key, sourceRange);
        }
    }
}
