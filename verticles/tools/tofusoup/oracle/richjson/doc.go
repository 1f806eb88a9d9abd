// Package richjson reads and writes cty values in Vertiform's "rich JSON"
// dialect (documented in cty/README.md of the Java project): standard cty
// JSON plus explicit spellings for unknowns, marks and concretely-typed
// values in dynamic slots. The Java side implements the same dialect; both
// sides must print byte-identical text for equal values, because the
// conformance tests compare response lines verbatim.
//
// go-cty 1.12.1 has no refinements, so "$refine" is rejected here.
package richjson
