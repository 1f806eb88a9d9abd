package io.vertiform.framework.engine;

import io.vertiform.cty.CtyPath;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.diag.Paths;
import io.vertiform.framework.schema.AttributeSpec;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.schema.NestedBlockSpec;
import io.vertiform.framework.validate.ConfigValidator;
import io.vertiform.framework.validate.Validator;
import io.vertiform.framework.validate.ValidatorRequest;
import java.util.List;

/**
 * Schema-driven validation of a configuration: deprecation warnings, write-only support, attribute validators
 * (each reporting at its attribute's path), then whole-configuration validators.
 */
public final class ConfigValidation {

    private ConfigValidation() {
    }

    /**
     * @param writeOnlyAllowed whether the client accepts write-only attributes; null when the request kind does
     *                         not say (data sources and providers have none)
     */
    public static void validate(ComponentSchema schema, CtyValue config, Boolean writeOnlyAllowed,
                                List<ConfigValidator> configValidators, Diagnostics diags) {
        if (config.isNull() || !config.isKnown()) {
            return;
        }
        CtyType root = schema.impliedType();
        PlanWalk.walk(schema.root(), config, null, config, new PlanWalk.Visitor() {
            @Override
            public CtyValue attribute(AttributeSpec a, CtyPath path, CtyValue parent, CtyValue cv, CtyValue sv,
                                      CtyValue pv) {
                boolean set = !pv.isNull();
                if (set && a.deprecated()) {
                    diags.addAttributeWarning(Paths.toAttributePath(path, root), "Attribute Deprecated",
                            a.deprecationMessage());
                }
                if (set && a.writeOnly() && Boolean.FALSE.equals(writeOnlyAllowed)) {
                    diags.addAttributeError(Paths.toAttributePath(path, root), "WriteOnly Attribute Not Allowed",
                            "The resource contains a non-null value for write-only attribute \"" + a.name()
                                    + "\". Write-only attributes are only supported in Terraform 1.11 and later.");
                }
                if (set && pv.isKnown() && a.computedOnly()) {
                    diags.addAttributeError(Paths.toAttributePath(path, root),
                            "Invalid Configuration for Read-Only Attribute",
                            "Cannot set value for this attribute as the provider has marked it as read-only. Remove "
                                    + "the configuration line setting the value.");
                }
                ValidatorRequest r = new ValidatorRequest(path, pv, parent, config, diags);
                for (Validator v : a.validators()) {
                    v.validate(r);
                }
                return pv;
            }

            @Override
            public CtyValue block(NestedBlockSpec b, CtyPath path, CtyValue cv, CtyValue sv, CtyValue pv) {
                if (!b.body().deprecationMessage().isEmpty() && pv.isKnown() && !pv.isNull()
                        && (!pv.type().isCollectionType() || pv.lengthInt() > 0)) {
                    diags.addAttributeWarning(Paths.toAttributePath(path, root), "Block Deprecated",
                            b.body().deprecationMessage());
                }
                return pv;
            }
        });
        for (ConfigValidator v : configValidators) {
            v.validate(config, diags);
        }
    }
}
