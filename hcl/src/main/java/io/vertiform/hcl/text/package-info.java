/**
 * Text primitives HCL's positions and string handling rely on, matching the Go libraries hcl v2 2.14.1 links:
 * grapheme clusters exactly as go-textseg v13 segments them, Go's {@code unicode.IsSpace}, the identifier
 * character classes of the hclsyntax scanner, and Levenshtein distance for "did you mean" suggestions.
 */
package io.vertiform.hcl.text;
