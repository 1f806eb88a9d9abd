package io.vertiform.framework.validate;

import io.vertiform.cty.BigFloat;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.schema.JavaValues;
import io.vertiform.framework.schema.NumberKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The built-in attribute validators. Value validators ignore null and unknown values (Terraform validates again
 * once values are known); combination validators name sibling attributes of the same object.
 */
public final class Validators {

    private static final BigFloat INT64_MIN = BigFloat.of(Long.MIN_VALUE);
    private static final BigFloat INT64_MAX = BigFloat.of(Long.MAX_VALUE);
    private static final BigFloat FLOAT64_MAX = BigFloat.of(Double.MAX_VALUE);

    private Validators() {
    }

    // ------------------------------------------------------------------ length

    /** Strings: character count (code points); lists, sets, maps: element count. Inclusive. */
    public static Validator lengthBetween(int min, int max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("need 0 <= min <= max, got " + min + ", " + max);
        }
        return length(min, max, "between " + min + " and " + max);
    }

    public static Validator lengthAtLeast(int min) {
        return length(min, Integer.MAX_VALUE, "at least " + min);
    }

    public static Validator lengthAtMost(int max) {
        return length(0, max, "at most " + max);
    }

    private static Validator length(int min, int max, String bounds) {
        return new Named("length " + bounds, r -> {
            CtyValue v = r.value();
            if (!isSet(v)) {
                return;
            }
            int n;
            String what;
            if (v.type().equals(CtyType.STRING)) {
                String s = v.asString();
                n = s.codePointCount(0, s.length());
                what = "string length";
            } else if (v.type().isCollectionType()) {
                n = v.lengthInt();
                what = v.type().isListType() ? "list length" : v.type().isSetType() ? "set length" : "map length";
            } else {
                return;
            }
            if (n < min || n > max) {
                r.addError("Invalid Attribute Value Length",
                        "Attribute " + r.name() + " " + what + " must be " + bounds + ", got: " + n);
            }
        });
    }

    // ------------------------------------------------------------------ strings

    /** The string must match {@code pattern} (a find, as Go's MatchString; anchor it for whole matches). */
    public static Validator regex(Pattern pattern, String message) {
        Objects.requireNonNull(pattern, "pattern");
        String expectation = message == null || message.isBlank()
                ? "value must match regular expression '" + pattern.pattern() + "'" : message;
        return new Named("matches " + pattern.pattern(), r -> {
            CtyValue v = r.value();
            if (isSet(v) && v.type().equals(CtyType.STRING) && !pattern.matcher(v.asString()).find()) {
                r.addError("Invalid Attribute Value Match",
                        "Attribute " + r.name() + " " + expectation + ", got: " + v.asString());
            }
        });
    }

    public static Validator regex(String pattern) {
        return regex(Pattern.compile(pattern), null);
    }

    /** The value must equal one of these (Strings, Numbers, Booleans or CtyValues). */
    public static Validator oneOf(Object... allowed) {
        List<CtyValue> values = ctyValues(allowed);
        String list = render(values);
        return new Named("one of " + list, r -> {
            CtyValue v = r.value();
            if (isSet(v) && values.stream().noneMatch(a -> equal(a, v))) {
                r.addError("Invalid Attribute Value Match",
                        "Attribute " + r.name() + " value must be one of: " + list + ", got: " + render(v));
            }
        });
    }

    public static Validator noneOf(Object... forbidden) {
        List<CtyValue> values = ctyValues(forbidden);
        String list = render(values);
        return new Named("none of " + list, r -> {
            CtyValue v = r.value();
            if (isSet(v) && values.stream().anyMatch(a -> equal(a, v))) {
                r.addError("Invalid Attribute Value Match",
                        "Attribute " + r.name() + " value must be none of: " + list + ", got: " + render(v));
            }
        });
    }

    // ------------------------------------------------------------------ numbers

    /** Inclusive numeric range. */
    public static Validator between(Number min, Number max) {
        BigFloat lo = JavaValues.toBigFloat(min);
        BigFloat hi = JavaValues.toBigFloat(max);
        return range(lo, hi, "between " + lo.text() + " and " + hi.text());
    }

    public static Validator atLeast(Number min) {
        BigFloat lo = JavaValues.toBigFloat(min);
        return range(lo, BigFloat.POSITIVE_INFINITY, "at least " + lo.text());
    }

    public static Validator atMost(Number max) {
        BigFloat hi = JavaValues.toBigFloat(max);
        return range(BigFloat.NEGATIVE_INFINITY, hi, "at most " + hi.text());
    }

    private static Validator range(BigFloat lo, BigFloat hi, String bounds) {
        return new Named("value " + bounds, r -> {
            CtyValue v = r.value();
            if (isSet(v) && v.type().equals(CtyType.NUMBER)) {
                BigFloat n = v.asBigFloat();
                if (n.compareTo(lo) < 0 || n.compareTo(hi) > 0) {
                    r.addError("Invalid Attribute Value",
                            "Attribute " + r.name() + " value must be " + bounds + ", got: " + n.text());
                }
            }
        });
    }

    /** Added by {@code Attributes.int64/float64}: the number fits the Java/Go type the attribute promises. */
    public static Validator numberKind(NumberKind kind) {
        return new Named("a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " number", r -> {
            CtyValue v = r.value();
            if (!isSet(v) || !v.type().equals(CtyType.NUMBER)) {
                return;
            }
            BigFloat n = v.asBigFloat();
            if (kind == NumberKind.INT64 && (!n.isInt() || n.isInfinite() || n.compareTo(INT64_MIN) < 0
                    || n.compareTo(INT64_MAX) > 0)) {
                r.addError("Invalid Attribute Value", "Attribute " + r.name()
                        + " value must be a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE
                        + ", got: " + n.text());
            } else if (kind == NumberKind.FLOAT64 && (n.isInfinite() || n.abs().compareTo(FLOAT64_MAX) > 0)) {
                r.addError("Invalid Attribute Value", "Attribute " + r.name()
                        + " value must fit a 64-bit floating point number, got: " + n.text());
            }
        });
    }

    // ------------------------------------------------------------------ combinations (siblings)

    /** When this attribute is set, none of the named siblings may be. */
    public static Validator conflictsWith(String... siblings) {
        List<String> names = List.of(siblings);
        return new Named("conflicts with " + names, r -> {
            if (!isPresent(r.value())) {
                return;
            }
            for (String s : names) {
                if (isPresent(r.sibling(s))) {
                    r.addError("Invalid Attribute Combination", "Attribute " + quoted(r.siblingName(s))
                            + " cannot be specified when " + quoted(r.name()) + " is specified");
                }
            }
        });
    }

    /**
     * Exactly one of this attribute and the named siblings must be set. Declare it on one attribute of the group:
     * it reports at the attribute that carries it.
     */
    public static Validator exactlyOneOf(String... siblings) {
        List<String> names = List.of(siblings);
        return new Named("exactly one of " + names, r -> {
            List<CtyValue> values = group(r, names);
            if (values.stream().anyMatch(v -> !v.isKnown())) {
                return;
            }
            long present = values.stream().filter(v -> !v.isNull()).count();
            if (present != 1) {
                r.addError("Invalid Attribute Combination",
                        "Exactly one of these attributes must be configured: " + groupNames(r, names));
            }
        });
    }

    /** At least one of this attribute and the named siblings must be set (declare it on one of them). */
    public static Validator atLeastOneOf(String... siblings) {
        List<String> names = List.of(siblings);
        return new Named("at least one of " + names, r -> {
            List<CtyValue> values = group(r, names);
            if (values.stream().anyMatch(v -> !v.isKnown())) {
                return;
            }
            if (values.stream().allMatch(CtyValue::isNull)) {
                r.addError("Invalid Attribute Combination",
                        "At least one attribute out of " + groupNames(r, names) + " must be specified");
            }
        });
    }

    /** When this attribute is set, every named sibling must be set too. */
    public static Validator requiredWith(String... siblings) {
        List<String> names = List.of(siblings);
        return new Named("requires " + names, r -> {
            if (!isPresent(r.value())) {
                return;
            }
            for (String s : names) {
                CtyValue other = r.sibling(s);
                if (other.isKnown() && other.isNull()) {
                    r.addError("Missing Attribute Configuration", "Attribute " + quoted(r.siblingName(s))
                            + " must be specified when " + quoted(r.name()) + " is specified");
                }
            }
        });
    }

    // ------------------------------------------------------------------ helpers

    /** Known and not null. */
    static boolean isSet(CtyValue v) {
        return v != null && v.isKnown() && !v.isNull();
    }

    /** Not null; an unknown value counts as present only once known, so it never triggers a conflict. */
    private static boolean isPresent(CtyValue v) {
        return isSet(v);
    }

    private static List<CtyValue> group(ValidatorRequest r, List<String> siblings) {
        List<CtyValue> out = new ArrayList<>();
        out.add(r.value());
        for (String s : siblings) {
            out.add(r.sibling(s));
        }
        return out;
    }

    private static String groupNames(ValidatorRequest r, List<String> siblings) {
        List<String> all = new ArrayList<>();
        all.add(r.name());
        for (String s : siblings) {
            all.add(r.siblingName(s));
        }
        all.sort(null);
        return "[" + String.join(",", all) + "]";
    }

    private static String quoted(String s) {
        return "\"" + s + "\"";
    }

    private static List<CtyValue> ctyValues(Object[] raw) {
        List<CtyValue> out = new ArrayList<>();
        for (Object o : raw) {
            CtyValue v = JavaValues.toCty(o);
            if (v == null) {
                throw new IllegalArgumentException("not a String, Number, Boolean or CtyValue: " + o);
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    private static boolean equal(CtyValue a, CtyValue b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        CtyValue eq = a.ctyEquals(b);
        return eq.isKnown() && eq.asBool();
    }

    private static String render(List<CtyValue> values) {
        List<String> parts = new ArrayList<>();
        for (CtyValue v : values) {
            parts.add(render(v));
        }
        return "[" + String.join(" ", parts) + "]";
    }

    static String render(CtyValue v) {
        if (v.type().equals(CtyType.STRING)) {
            return "\"" + v.asString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (v.type().equals(CtyType.NUMBER)) {
            return v.asBigFloat().text();
        }
        if (v.type().equals(CtyType.BOOL)) {
            return String.valueOf(v.asBool());
        }
        return v.goString();
    }

    /** A validator with a description. */
    private record Named(String description, Validator body) implements Validator {
        @Override
        public void validate(ValidatorRequest request) {
            body.validate(request);
        }
    }
}
