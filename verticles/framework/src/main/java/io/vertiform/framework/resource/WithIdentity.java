package io.vertiform.framework.resource;

/**
 * A resource with a resource identity (Terraform 1.12+): a small object that names the remote object, kept by
 * Terraform beside the state and usable for import.
 */
public interface WithIdentity<S> {

    IdentitySchema identitySchema();

    /**
     * The identity of a state: a record matching the identity schema, a {@code Map<String, ?>} or a
     * {@link io.vertiform.cty.CtyValue}. Return null while it cannot be known (e.g. a create's plan).
     */
    Object identity(S state);
}
