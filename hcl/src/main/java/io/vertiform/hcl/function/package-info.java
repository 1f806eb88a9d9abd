/**
 * Functions callable from HCL expressions, with go-cty's calling convention ({@code function.Function}):
 * declared parameters with null/unknown/dynamic/mark policies, a return type computed from the arguments, and the
 * argument checks and unknown short-circuits applied before an implementation runs. {@link
 * io.vertiform.hcl.function.Stdlib} holds the go-cty stdlib functions HCL's operators and {@code hcldec} spec
 * files use.
 */
package io.vertiform.hcl.function;
