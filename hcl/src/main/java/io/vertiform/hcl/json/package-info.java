/**
 * HCL's JSON syntax (json-spec.md): a JSON document read as an HCL body, where object properties become
 * attributes or blocks depending on the schema they are decoded with, and strings are templates when evaluated
 * with a context. Behind the same {@link io.vertiform.hcl.Body} and {@link io.vertiform.hcl.Expression} API as the
 * native syntax. Entry point: {@link io.vertiform.hcl.json.JsonSyntax}.
 */
package io.vertiform.hcl.json;
