/**
 * HCL extensions (hcl's {@code ext/*}): type constraint expressions ({@link io.vertiform.hcl.ext.TypeExpr}) and
 * functions defined in configuration ({@link io.vertiform.hcl.ext.UserFunctions}).
 */
package io.vertiform.hcl.ext;
