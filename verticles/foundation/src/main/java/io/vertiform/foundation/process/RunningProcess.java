package io.vertiform.foundation.process;

import io.vertx.core.Future;

/** A started process. */
public interface RunningProcess {

    long pid();

    /**
     * Completes when the process has exited and both output streams are drained. Fails with a
     * {@link io.vertiform.foundation.error.ProcessException} on timeout ({@code process.timeout}) or I/O
     * failure; a non-zero exit is a successful result (see {@link ProcessResult#ensureSuccess()}).
     */
    Future<ProcessResult> result();

    /**
     * Ends the process and its descendants: a polite termination first, a forced kill for whatever is still
     * alive after the grace period. Completes when the process has exited.
     */
    Future<ProcessResult> kill();
}
