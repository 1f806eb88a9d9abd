package io.vertiform.framework.validate;

import io.vertiform.contracts.diag.AttributePath;
import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.diag.Paths;

/** What a {@link Validator} sees: the value, where it is, its siblings and the whole configuration. */
public final class ValidatorRequest {

    private final CtyPath path;
    private final CtyValue value;
    private final CtyValue parent;
    private final CtyValue config;
    private final Diagnostics diagnostics;

    public ValidatorRequest(CtyPath path, CtyValue value, CtyValue parent, CtyValue config, Diagnostics diagnostics) {
        this.path = path;
        this.value = value;
        this.parent = parent;
        this.config = config;
        this.diagnostics = diagnostics;
    }

    public CtyPath path() {
        return path;
    }

    public AttributePath attributePath() {
        return Paths.toAttributePath(path, config.type());
    }

    /** The attribute's configuration value (possibly null or unknown). */
    public CtyValue value() {
        return value;
    }

    /** The object holding the attribute. */
    public CtyValue parent() {
        return parent;
    }

    /** The whole configuration. */
    public CtyValue config() {
        return config;
    }

    /** A sibling attribute's value; unknown (dynamic) when the parent is unknown or has no such attribute. */
    public CtyValue sibling(String name) {
        if (parent == null || !parent.isKnown() || parent.isNull() || !parent.type().isObjectType()
                || !parent.type().hasAttribute(name)) {
            return CtyValue.unknownVal(CtyType.DYNAMIC);
        }
        return parent.getAttr(name);
    }

    /** The attribute's name as shown in messages (its path). */
    public String name() {
        String p = attributePath().toString();
        return p.isEmpty() ? "value" : p;
    }

    /** A sibling's path as shown in messages. */
    public String siblingName(String sibling) {
        CtyPath parentPath = path.isEmpty() ? path : path.parent();
        String p = Paths.toAttributePath(parentPath.getAttr(sibling), config.type()).toString();
        return p.isEmpty() ? sibling : p;
    }

    public void addError(String summary, String detail) {
        diagnostics.addAttributeError(attributePath(), summary, detail);
    }

    public void addWarning(String summary, String detail) {
        diagnostics.addAttributeWarning(attributePath(), summary, detail);
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }
}
