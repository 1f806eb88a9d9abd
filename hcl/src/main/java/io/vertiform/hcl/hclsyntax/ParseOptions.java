package io.vertiform.hcl.hclsyntax;

/**
 * Which later additions to the native syntax the parser accepts. The default is hcl 2.14.1's grammar — the
 * version the conformance tests compare with, token for token and diagnostic for diagnostic; each option turns
 * on one addition made since.
 *
 * @param functionNamespaces namespaced function names, as hcl 2.20+ parses them and Terraform 1.8+ writes
 *                           provider functions ({@code provider::vertiform::upper(x)}): the call's name is the
 *                           segments joined with {@code ::}. Off, {@code ::} is two colons, as in 2.14.1.
 */
public record ParseOptions(boolean functionNamespaces) {

    /** hcl 2.14.1's grammar. */
    public static final ParseOptions DEFAULT = new ParseOptions(false);

    /** What Terraform 1.8+ configurations need: {@link #DEFAULT} plus namespaced function names. */
    public static final ParseOptions TERRAFORM = new ParseOptions(true);
}
