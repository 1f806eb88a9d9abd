/**
 * Machine-readable views of HCL used by the command line and the conformance tests: the {@code hcl summary}
 * description of a file and Go-compatible JSON text.
 */
package io.vertiform.hcl.tools;
