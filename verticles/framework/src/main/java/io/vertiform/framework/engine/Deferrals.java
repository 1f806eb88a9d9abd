package io.vertiform.framework.engine;

import io.vertiform.contracts.provider.ClientCapabilities;
import io.vertiform.contracts.provider.Deferred;
import io.vertiform.framework.diag.Diagnostics;

/** Deferred responses are only sent to clients that said they understand them. */
final class Deferrals {

    private Deferrals() {
    }

    /** The Deferred to send, or null; asking without the client's permission is an error diagnostic. */
    static Deferred resolve(Deferred.Reason asked, Deferred.Reason sessionWide, ClientCapabilities caps,
                            Diagnostics diags) {
        Deferred.Reason reason = asked != null ? asked : sessionWide;
        if (reason == null) {
            return null;
        }
        if (!caps.deferralAllowed()) {
            if (asked != null) {
                diags.addError("Invalid Deferred Response", "The provider asked to defer this operation ("
                        + reason + "), but Terraform did not indicate support for deferred actions. This is a bug in "
                        + "the provider: defer only when the session's client capabilities allow it.");
            }
            return null;
        }
        return new Deferred(reason);
    }
}
