/**
 * Decoding bodies into cty values by a specification (hcl's hcldec): a tree of {@link io.vertiform.hcl.hcldec.Spec}s
 * describing which attributes and blocks a body holds and how they map to one value. {@link
 * io.vertiform.hcl.hcldec.Hcldec} is the entry point; {@link io.vertiform.hcl.hcldec.SpecFile} reads the spec file
 * language of the {@code hcldec} command.
 */
package io.vertiform.hcl.hcldec;
