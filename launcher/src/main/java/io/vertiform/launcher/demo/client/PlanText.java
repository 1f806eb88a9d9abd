package io.vertiform.launcher.demo.client;

import io.vertiform.cty.CtyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One resource's planned change as Terraform prints it: {@code + name = value} for a new object,
 * {@code ~ name = old -> new} for an update, {@code - name = old} for a destroy. Attributes named in
 * {@code hidden} (sensitive in the schema or derived from a sensitive variable) print as {@code (sensitive value)}.
 */
public final class PlanText {

    private PlanText() {
    }

    public static List<String> render(String type, String name, ChangeAction action, CtyValue prior,
                                      CtyValue planned, Set<String> hidden) {
        List<String> lines = new ArrayList<>();
        lines.add("  # " + type + "." + name + " " + action.planned());
        lines.add("  " + action.symbol() + " resource \"" + type + "\" \"" + name + "\" {");
        Map<String, CtyValue> before = attributes(prior);
        Map<String, CtyValue> after = attributes(planned);
        Set<String> names = new java.util.TreeSet<>();
        names.addAll(before.keySet());
        names.addAll(after.keySet());
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        int unchanged = 0;
        for (String attr : names) {
            CtyValue b = before.get(attr);
            CtyValue a = after.get(attr);
            String padded = attr + " ".repeat(width - attr.length());
            switch (action) {
                case CREATE -> {
                    if (a != null && !a.isNull()) {
                        lines.add("      + " + padded + " = " + shown(attr, a, hidden));
                    }
                }
                case DELETE -> {
                    if (b != null && !b.isNull()) {
                        lines.add("      - " + padded + " = " + shown(attr, b, hidden) + " -> null");
                    }
                }
                default -> {
                    if (b != null && a != null && b.rawEquals(a)) {
                        unchanged++;
                    } else {
                        lines.add("      ~ " + padded + " = " + (b == null ? "null" : shown(attr, b, hidden)) + " -> "
                                + (a == null ? "null" : shown(attr, a, hidden)));
                    }
                }
            }
        }
        if (unchanged > 0) {
            lines.add("        # (" + unchanged + " unchanged attribute" + (unchanged == 1 ? "" : "s") + " hidden)");
        }
        lines.add("    }");
        return lines;
    }

    /** A state as {@code name = value} lines, sensitive ones hidden. */
    public static List<String> state(CtyValue state, Set<String> hidden) {
        List<String> lines = new ArrayList<>();
        Map<String, CtyValue> attrs = attributes(state);
        int width = attrs.keySet().stream().mapToInt(String::length).max().orElse(0);
        attrs.forEach((attr, v) -> {
            if (!v.isNull()) {
                lines.add("      " + attr + " ".repeat(width - attr.length()) + " = " + shown(attr, v, hidden));
            }
        });
        return lines;
    }

    private static String shown(String attr, CtyValue v, Set<String> hidden) {
        return hidden.contains(attr) ? ValueText.SENSITIVE : ValueText.of(v);
    }

    private static Map<String, CtyValue> attributes(CtyValue v) {
        if (v == null || v.isNull() || !v.isKnown()) {
            return Map.of();
        }
        return v.unmarkDeep().mapEntries();
    }
}
