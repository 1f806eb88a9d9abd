package io.vertiform.framework.validate;

/**
 * A component with its own configuration checks, run after the schema's validators. Values may be unknown
 * during validation: use {@code Value<T>} components for anything that can reference other resources.
 */
public interface ValidatesConfig<S> {

    void validateConfig(ValidateRequest<S> request);
}
