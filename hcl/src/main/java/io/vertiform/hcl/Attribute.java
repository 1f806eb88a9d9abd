package io.vertiform.hcl;

/** An attribute (argument) of a body: {@code name = expr} (hcl's {@code Attribute}). */
public record Attribute(String name, Expression expr, Range range, Range nameRange) {
}
