package io.vertiform.contracts.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Where in a configuration or state value a diagnostic points, as tfplugin's {@code AttributePath}: a list of
 * steps, each an attribute name, a string map key or an integer list/tuple index. The empty path means
 * "no particular attribute".
 */
public record AttributePath(List<Step> steps) {

    /** The path with no steps. */
    public static final AttributePath EMPTY = new AttributePath(List.of());

    public AttributePath {
        Objects.requireNonNull(steps, "steps");
        steps = List.copyOf(steps);
    }

    /** One step of a path. */
    public sealed interface Step permits AttributeName, ElementKeyString, ElementKeyInt {
    }

    /** Selects an attribute of an object or block. */
    public record AttributeName(String name) implements Step {
        public AttributeName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Selects a map element by key. */
    public record ElementKeyString(String key) implements Step {
        public ElementKeyString {
            Objects.requireNonNull(key, "key");
        }
    }

    /** Selects a list or tuple element by index (int64 on the wire). */
    public record ElementKeyInt(long index) implements Step {
    }

    public static AttributePath of(String attribute) {
        return EMPTY.attribute(attribute);
    }

    public AttributePath attribute(String name) {
        return append(new AttributeName(name));
    }

    public AttributePath key(String key) {
        return append(new ElementKeyString(key));
    }

    public AttributePath index(long index) {
        return append(new ElementKeyInt(index));
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    private AttributePath append(Step step) {
        List<Step> more = new ArrayList<>(steps.size() + 1);
        more.addAll(steps);
        more.add(step);
        return new AttributePath(more);
    }

    /** Terraform's way of printing a path: {@code tags["Name"]}, {@code rule[0].port}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Step step : steps) {
            if (step instanceof AttributeName a) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(a.name());
            } else if (step instanceof ElementKeyString k) {
                out.append("[\"").append(k.key().replace("\\", "\\\\").replace("\"", "\\\"")).append("\"]");
            } else if (step instanceof ElementKeyInt i) {
                out.append('[').append(i.index()).append(']');
            }
        }
        return out.toString();
    }
}
