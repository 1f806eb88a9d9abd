package io.vertiform.framework.diag;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.PathStep;

/**
 * Between cty paths (what the framework walks) and the protocol's attribute paths (what diagnostics carry).
 * The protocol has no step for a set element, so a path through a set stops at the set, which is where
 * Terraform reports it too.
 */
public final class Paths {

    private Paths() {
    }

    /** The protocol path of {@code path} inside a value of {@code rootType}. */
    public static AttributePath toAttributePath(CtyPath path, CtyType rootType) {
        AttributePath out = AttributePath.EMPTY;
        CtyType t = rootType;
        for (PathStep step : path.steps()) {
            if (step instanceof PathStep.GetAttrStep g) {
                out = out.attribute(g.name());
                t = t != null && t.isObjectType() && t.hasAttribute(g.name()) ? t.attributeType(g.name()) : null;
                continue;
            }
            CtyValue key = ((PathStep.IndexStep) step).key();
            if (t != null && t.isSetType()) {
                return out;
            }
            if (key.type().equals(CtyType.STRING) && key.isKnown() && !key.isNull()) {
                out = out.key(key.asString());
            } else if (key.type().equals(CtyType.NUMBER) && key.isKnown() && !key.isNull()
                    && key.asBigFloat().isInt64()) {
                out = out.index(key.asBigFloat().toLong());
            } else {
                return out;
            }
            if (t == null) {
                continue;
            }
            if (t.isTupleType() && key.type().equals(CtyType.NUMBER)) {
                long i = key.asBigFloat().toLong();
                t = i >= 0 && i < t.tupleLength() ? t.tupleElementTypes().get((int) i) : null;
            } else if (t.isCollectionType()) {
                t = t.elementType();
            } else if (t.isObjectType() && key.type().equals(CtyType.STRING)) {
                t = t.hasAttribute(key.asString()) ? t.attributeType(key.asString()) : null;
            } else {
                t = null;
            }
        }
        return out;
    }

    /** The cty path of a protocol path. */
    public static CtyPath toCtyPath(AttributePath path) {
        CtyPath out = CtyPath.root();
        for (AttributePath.Step step : path.steps()) {
            if (step instanceof AttributePath.AttributeName a) {
                out = out.getAttr(a.name());
            } else if (step instanceof AttributePath.ElementKeyString k) {
                out = out.index(k.key());
            } else if (step instanceof AttributePath.ElementKeyInt i) {
                out = out.index(i.index());
            }
        }
        return out;
    }

    /** A path of attribute names from the root: {@code Paths.attr("rule", "port")} is {@code rule.port}. */
    public static CtyPath attr(String... names) {
        CtyPath out = CtyPath.root();
        for (String n : names) {
            out = out.getAttr(n);
        }
        return out;
    }
}
