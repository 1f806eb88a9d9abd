package io.vertiform.framework.validate;

import java.util.List;

/** A component with declarative whole-configuration rules ({@link ConfigValidators}). */
public interface HasConfigValidators {

    List<ConfigValidator> configValidators();
}
