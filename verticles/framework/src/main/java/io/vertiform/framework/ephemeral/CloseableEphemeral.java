package io.vertiform.framework.ephemeral;

/** An ephemeral resource that must be released when Terraform is done with it. */
public interface CloseableEphemeral {

    void close(CloseEphemeralRequest request);
}
