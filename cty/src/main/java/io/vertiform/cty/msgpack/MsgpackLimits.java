package io.vertiform.cty.msgpack;

/**
 * Limits that keep decoding of untrusted input within the thread's stack. Go's decoder recurses without limit (its
 * stacks grow); values Terraform sends are nowhere near this deep.
 */
final class MsgpackLimits {
    static final int MAX_DEPTH = 1000;
    static final String TOO_DEEP = "msgpack value is nested more than " + MAX_DEPTH + " levels deep";

    /** go-cty refuses refinement payloads above this size. */
    static final int MAX_REFINEMENT_PAYLOAD = 1024;

    /** go-cty truncates string prefix refinements longer than this many bytes when encoding. */
    static final int MAX_PREFIX_BYTES = 256;

    private MsgpackLimits() {
    }
}
