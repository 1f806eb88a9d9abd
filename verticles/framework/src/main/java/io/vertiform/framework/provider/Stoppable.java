package io.vertiform.framework.provider;

import io.vertiform.framework.session.SessionContext;

/**
 * A provider that must interrupt work when Terraform stops it (Ctrl-C). The framework already marks the
 * session's in-flight requests cancelled; this hook is for what only the author can abort.
 */
public interface Stoppable {

    void stop(SessionContext session);
}
