package io.vertiform.contracts.provider;

/**
 * What the calling Terraform/OpenTofu core can handle. Absent in older cores, which then means all false.
 *
 * @param deferralAllowed            the provider may defer the action (Deferred responses)
 * @param writeOnlyAttributesAllowed write-only attributes are understood
 * @param storePlannedPrivate        (6.11) planned private data is kept and passed back
 * @param computedBlocksAllowed      (6.11) blocks may be computed
 */
public record ClientCapabilities(boolean deferralAllowed, boolean writeOnlyAttributesAllowed,
                                 boolean storePlannedPrivate, boolean computedBlocksAllowed) {
    public static final ClientCapabilities NONE = new ClientCapabilities(false, false, false, false);
}
