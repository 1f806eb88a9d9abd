package io.vertiform.framework.validate;

import io.vertiform.cty.CtyValue;
import io.vertiform.framework.diag.Diagnostics;

/** Checks a whole configuration (rules spanning attributes), after the attribute validators. */
@FunctionalInterface
public interface ConfigValidator {

    /** {@code config} is the decoded configuration object; it may contain unknown values. */
    void validate(CtyValue config, Diagnostics diagnostics);
}
