package io.vertiform.contracts.provider;

/** The provider cannot act yet and asks the core to defer; only when the client allows deferral. */
public record Deferred(Reason reason) {

    /** Why; names match the protocol's enum. */
    public enum Reason { UNKNOWN, RESOURCE_CONFIG_UNKNOWN, PROVIDER_CONFIG_UNKNOWN, ABSENT_PREREQ }

    public Deferred {
        reason = reason == null ? Reason.UNKNOWN : reason;
    }
}
