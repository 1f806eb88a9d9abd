package io.vertiform.framework.ephemeral;

import io.vertiform.framework.schema.ComponentSchema;

/**
 * An ephemeral resource (Terraform 1.10+): opened for the duration of one Terraform operation, never stored.
 * Optional: {@link RenewableEphemeral}, {@link CloseableEphemeral}, validation interfaces. Methods may block.
 */
public interface EphemeralResourceHandler<S> {

    ComponentSchema schema();

    /** Opens it and returns the result: configured values unchanged, computed ones set. */
    S open(OpenEphemeralRequest<S> request);
}
