package io.vertiform.cty;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An immutable path into a value: a list of {@link PathStep}s, like go-cty's {@code cty.Path}. Paths are built by
 * appending steps ({@code CtyPath.root().getAttr("a").index(0)}); each call returns a new path.
 *
 * <p>{@link #toString()} renders the path as Terraform does in diagnostics: {@code .a[0]["k"]}.
 */
public final class CtyPath {
    private static final CtyPath ROOT = new CtyPath(List.of());

    private final List<PathStep> steps;

    private CtyPath(List<PathStep> steps) {
        this.steps = steps;
    }

    public static CtyPath root() {
        return ROOT;
    }

    public static CtyPath of(List<PathStep> steps) {
        if (steps.isEmpty()) {
            return ROOT;
        }
        List<PathStep> copy = new ArrayList<>(steps.size());
        for (PathStep s : steps) {
            copy.add(Objects.requireNonNull(s, "step"));
        }
        return new CtyPath(Collections.unmodifiableList(copy));
    }

    public List<PathStep> steps() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public PathStep step(int i) {
        return steps.get(i);
    }

    public PathStep lastStep() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("root path has no steps");
        }
        return steps.get(steps.size() - 1);
    }

    /** The path without its last step. */
    public CtyPath parent() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("root path has no parent");
        }
        return subPath(steps.size() - 1);
    }

    /** The first {@code n} steps. */
    public CtyPath subPath(int n) {
        return n == steps.size() ? this : of(steps.subList(0, n));
    }

    public CtyPath append(PathStep step) {
        List<PathStep> copy = new ArrayList<>(steps.size() + 1);
        copy.addAll(steps);
        copy.add(Objects.requireNonNull(step, "step"));
        return new CtyPath(Collections.unmodifiableList(copy));
    }

    public CtyPath append(CtyPath suffix) {
        if (suffix.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return suffix;
        }
        List<PathStep> copy = new ArrayList<>(steps.size() + suffix.size());
        copy.addAll(steps);
        copy.addAll(suffix.steps);
        return new CtyPath(Collections.unmodifiableList(copy));
    }

    public CtyPath getAttr(String name) {
        return append(new PathStep.GetAttrStep(name));
    }

    public CtyPath index(CtyValue key) {
        return append(new PathStep.IndexStep(key));
    }

    public CtyPath index(long key) {
        return index(CtyValue.numberIntVal(key));
    }

    public CtyPath index(String key) {
        return index(CtyValue.stringVal(key));
    }

    public boolean hasPrefix(CtyPath prefix) {
        return prefix.size() <= size() && subPath(prefix.size()).equals(prefix);
    }

    /**
     * Follows the path from {@code value}, like go-cty's {@code Path.Apply}.
     *
     * @throws PathError whose raw message is go-cty's text ({@code at step 1: not a map type}) and whose path is the
     *                   part of this path that was walked, including the failing step
     */
    public CtyValue apply(CtyValue value) {
        CtyValue v = value;
        for (int i = 0; i < steps.size(); i++) {
            try {
                v = steps.get(i).apply(v);
            } catch (CtyException e) {
                throw new PathError(subPath(i + 1), "at step " + i + ": " + e.getMessage(), e);
            }
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CtyPath other && steps.equals(other.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (PathStep step : steps) {
            if (step instanceof PathStep.GetAttrStep ga) {
                sb.append('.').append(ga.name());
            } else if (step instanceof PathStep.IndexStep ix) {
                sb.append('[').append(formatKey(ix.key())).append(']');
            }
        }
        return sb.toString();
    }

    private static String formatKey(CtyValue key) {
        if (key.isNull()) {
            return "null";
        }
        if (!key.isKnown()) {
            return "(not yet known)";
        }
        CtyValue k = key.unmark();
        if (k.type().equals(CtyType.NUMBER)) {
            return GoNumberFormat.shortestG(k.asBigFloat());
        }
        if (k.type().equals(CtyType.STRING)) {
            return GoStrings.quote(k.asString());
        }
        return "...";
    }
}
