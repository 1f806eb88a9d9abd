/**
 * HCL (HashiCorp Configuration Language) for Vertiform: positions, ranges, diagnostics, bodies, expressions and
 * evaluation contexts shared by the native syntax ({@code io.vertiform.hcl.hclsyntax}) and the JSON syntax
 * ({@code io.vertiform.hcl.json}). Behaviour follows hcl v2 2.14.1.
 */
package io.vertiform.hcl;
