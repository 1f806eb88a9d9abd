package io.vertiform.framework.validate;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.diag.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole-configuration combination rules over attributes named by their paths from the root (top-level names,
 * or {@link CtyPath}s for nested ones). Unknown values make a rule wait for the apply-time validation.
 */
public final class ConfigValidators {

    private ConfigValidators() {
    }

    /** At most one of these may be set. */
    public static ConfigValidator conflicting(String... names) {
        return conflicting(paths(names));
    }

    public static ConfigValidator conflicting(CtyPath... paths) {
        List<CtyPath> ps = List.of(paths);
        return (config, diags) -> {
            List<CtyValue> vs = values(config, ps);
            if (anyUnknown(vs)) {
                return;
            }
            List<String> present = present(ps, vs, config);
            if (present.size() > 1) {
                diags.addAttributeError(Paths.toAttributePath(ps.get(vs.indexOf(firstSet(vs))), config.type()),
                        "Invalid Attribute Combination",
                        "These attributes cannot be configured together: " + names(ps, config));
            }
        };
    }

    /** Exactly one of these must be set. */
    public static ConfigValidator exactlyOneOf(String... names) {
        return exactlyOneOf(paths(names));
    }

    public static ConfigValidator exactlyOneOf(CtyPath... paths) {
        List<CtyPath> ps = List.of(paths);
        return (config, diags) -> {
            List<CtyValue> vs = values(config, ps);
            if (!anyUnknown(vs) && present(ps, vs, config).size() != 1) {
                diags.addError("Invalid Attribute Combination",
                        "Exactly one of these attributes must be configured: " + names(ps, config));
            }
        };
    }

    /** At least one of these must be set. */
    public static ConfigValidator atLeastOneOf(String... names) {
        return atLeastOneOf(paths(names));
    }

    public static ConfigValidator atLeastOneOf(CtyPath... paths) {
        List<CtyPath> ps = List.of(paths);
        return (config, diags) -> {
            List<CtyValue> vs = values(config, ps);
            if (!anyUnknown(vs) && present(ps, vs, config).isEmpty()) {
                diags.addError("Missing Attribute Configuration",
                        "At least one of these attributes must be configured: " + names(ps, config));
            }
        };
    }

    /** Either all of these are set or none is. */
    public static ConfigValidator requiredTogether(String... names) {
        return requiredTogether(paths(names));
    }

    public static ConfigValidator requiredTogether(CtyPath... paths) {
        List<CtyPath> ps = List.of(paths);
        return (config, diags) -> {
            List<CtyValue> vs = values(config, ps);
            int n = present(ps, vs, config).size();
            if (!anyUnknown(vs) && n > 0 && n < ps.size()) {
                diags.addError("Invalid Attribute Combination",
                        "These attributes must be configured together: " + names(ps, config));
            }
        };
    }

    private static CtyPath[] paths(String[] names) {
        CtyPath[] out = new CtyPath[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = Paths.attr(names[i]);
        }
        return out;
    }

    /** Values at the paths; a path through a null or absent object reads as null. */
    private static List<CtyValue> values(CtyValue config, List<CtyPath> paths) {
        List<CtyValue> out = new ArrayList<>();
        for (CtyPath p : paths) {
            try {
                out.add(p.apply(config));
            } catch (PathError e) {
                out.add(CtyValue.nullVal(io.vertiform.cty.CtyType.DYNAMIC));
            }
        }
        return out;
    }

    private static boolean anyUnknown(List<CtyValue> vs) {
        return vs.stream().anyMatch(v -> !v.isKnown());
    }

    private static CtyValue firstSet(List<CtyValue> vs) {
        return vs.stream().filter(v -> !v.isNull()).findFirst().orElseThrow();
    }

    private static List<String> present(List<CtyPath> ps, List<CtyValue> vs, CtyValue config) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            if (!vs.get(i).isNull()) {
                out.add(Paths.toAttributePath(ps.get(i), config.type()).toString());
            }
        }
        return out;
    }

    private static String names(List<CtyPath> ps, CtyValue config) {
        List<String> out = new ArrayList<>();
        for (CtyPath p : ps) {
            out.add(Paths.toAttributePath(p, config.type()).toString());
        }
        return "[" + String.join(",", out) + "]";
    }
}
