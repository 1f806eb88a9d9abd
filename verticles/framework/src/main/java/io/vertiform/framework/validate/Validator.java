package io.vertiform.framework.validate;

/**
 * Checks one attribute's configuration value during validation and reports problems through the request. It is
 * called for every value, null and unknown included, so that combination rules (exactly one of...) can see an
 * absent attribute; value rules simply return for null and unknown values.
 */
@FunctionalInterface
public interface Validator {

    void validate(ValidatorRequest request);

    /** Plain-language summary for generated documentation. */
    default String description() {
        return getClass().getSimpleName();
    }
}
