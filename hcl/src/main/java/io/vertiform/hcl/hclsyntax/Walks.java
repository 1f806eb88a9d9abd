package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Traversal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Walking syntax trees (hclsyntax's {@code VisitAll}, {@code Walk} and {@code Variables}). */
public final class Walks {
    private Walks() {
    }

    /** A walker told when it enters and leaves each node. */
    public interface Walker {
        void enter(Node node);

        void exit(Node node);
    }

    /** Calls {@code visitor} on {@code node} and all its descendants, parents first. */
    public static void visitAll(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        node.walkChildNodes(child -> visitAll(child, visitor));
    }

    public static void walk(Node node, Walker walker) {
        walker.enter(node);
        node.walkChildNodes(child -> walk(child, walker));
        walker.exit(node);
    }

    /** The variable references in {@code node}, excluding names bound by enclosing {@code for} expressions. */
    public static List<Traversal> variables(Node node) {
        List<Traversal> vars = new ArrayList<>();
        List<Set<String>> scopes = new ArrayList<>();
        walk(node, new Walker() {
            @Override
            public void enter(Node n) {
                if (n instanceof ScopeTraversalExpr t) {
                    String name = t.traversal().rootName();
                    for (Set<String> names : scopes) {
                        if (names.contains(name)) {
                            return;
                        }
                    }
                    vars.add(t.traversal());
                } else if (n instanceof ChildScope s) {
                    scopes.add(s.localNames());
                }
            }

            @Override
            public void exit(Node n) {
                if (n instanceof ChildScope) {
                    scopes.remove(scopes.size() - 1);
                }
            }
        });
        return vars;
    }
}
