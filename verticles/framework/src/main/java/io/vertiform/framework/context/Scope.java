package io.vertiform.framework.context;

import io.vertiform.foundation.log.VertiformLogger;
import io.vertiform.framework.diag.Diagnostics;
import io.vertiform.framework.session.SessionContext;
import io.vertiform.framework.session.SessionState;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Everything a request carries besides its values: built by the framework for each bus request and shared by
 * the request objects handed to author code.
 *
 * @param vertx       the Vert.x instance serving the request
 * @param session     the session's mutable state (provider data, in-flight requests)
 * @param context     the session as the author sees it
 * @param diagnostics where warnings and errors collect
 * @param cancelled   turns true when Terraform stops or abandons the request
 * @param log         logger named after the component
 */
public record Scope(Vertx vertx, SessionState session, SessionContext context, Diagnostics diagnostics,
                    AtomicBoolean cancelled, VertiformLogger log) {
}
