package io.vertiform.testkit.provider;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathError;
import io.vertiform.framework.schema.JavaValues;
import java.util.regex.Pattern;

/** Common state checks, by attribute path ({@code "rule"}, or a {@link CtyPath} for nested values). */
public final class StateChecks {

    private StateChecks() {
    }

    /** The attribute equals {@code expected} (a Java scalar or a CtyValue), compared as cty values. */
    public static StateCheck attribute(String name, Object expected) {
        return attribute(CtyPath.root().getAttr(name), expected);
    }

    public static StateCheck attribute(CtyPath path, Object expected) {
        CtyValue want = JavaValues.toCty(expected);
        if (want == null) {
            throw new IllegalArgumentException("expected value must be a CtyValue, String, Number or Boolean");
        }
        return state -> {
            CtyValue got = at(state, path);
            boolean equal;
            if (want.type().isPrimitive() && got.type().equals(want.type()) && got.isKnown() && !got.isNull()) {
                CtyValue eq = got.ctyEquals(want);
                equal = eq.isKnown() && eq.asBool();
            } else {
                equal = got.rawEquals(want);
            }
            if (!equal) {
                throw new AssertionError(path + ": expected " + want.goString() + ", got " + got.goString());
            }
        };
    }

    /** The attribute is known and not null. */
    public static StateCheck attributeSet(String name) {
        CtyPath path = CtyPath.root().getAttr(name);
        return state -> {
            CtyValue got = at(state, path);
            if (got.isNull()) {
                throw new AssertionError(path + ": expected a value, got null");
            }
        };
    }

    public static StateCheck attributeNull(String name) {
        CtyPath path = CtyPath.root().getAttr(name);
        return state -> {
            CtyValue got = at(state, path);
            if (!got.isNull()) {
                throw new AssertionError(path + ": expected null, got " + got.goString());
            }
        };
    }

    /** The string attribute matches {@code regex} (a find). */
    public static StateCheck attributeMatches(String name, String regex) {
        CtyPath path = CtyPath.root().getAttr(name);
        Pattern p = Pattern.compile(regex);
        return state -> {
            CtyValue got = at(state, path);
            if (!got.type().equals(CtyType.STRING) || got.isNull() || !p.matcher(got.asString()).find()) {
                throw new AssertionError(path + ": expected a string matching /" + regex + "/, got " + got.goString());
            }
        };
    }

    private static CtyValue at(CtyValue state, CtyPath path) {
        if (state == null || state.isNull()) {
            throw new AssertionError("no state to check " + path + " in");
        }
        try {
            return path.apply(state);
        } catch (PathError e) {
            throw new AssertionError("cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
