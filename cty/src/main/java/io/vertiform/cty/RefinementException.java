package io.vertiform.cty;

/**
 * A refinement that contradicts the value it is applied to, or earlier refinements, or that does not apply to the
 * value's type. go-cty panics in these situations; callers decoding untrusted refinements catch this instead.
 */
public final class RefinementException extends CtyException {
    private static final long serialVersionUID = 1L;

    public RefinementException(String message) {
        super(message);
    }
}
