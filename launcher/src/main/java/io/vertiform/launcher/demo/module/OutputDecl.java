package io.vertiform.launcher.demo.module;

import io.vertiform.hcl.Expression;

/** An {@code output} block. */
public record OutputDecl(String name, Expression value, boolean sensitive) {
}
