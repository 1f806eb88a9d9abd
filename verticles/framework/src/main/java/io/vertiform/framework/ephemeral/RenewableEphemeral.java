package io.vertiform.framework.ephemeral;

/** An ephemeral resource whose lease Terraform renews at the time {@code open} (or the last renew) asked for. */
public interface RenewableEphemeral {

    void renew(RenewEphemeralRequest request);
}
