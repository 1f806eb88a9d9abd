package io.vertiform.launcher.demo.module;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;

/**
 * A {@code variable} block.
 *
 * @param type         the declared type constraint, {@link CtyType#DYNAMIC} when absent
 * @param defaultValue the default, already converted to {@code type}; null when the variable has none
 */
public record VariableDecl(String name, CtyType type, CtyValue defaultValue, boolean sensitive) {
}
