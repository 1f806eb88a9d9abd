package io.vertiform.framework.engine;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.Callable;

/**
 * Where author code and heavy value work run: a shared worker pool, unordered, so a slow resource never delays
 * another and the event loop never blocks.
 */
public final class Workers {

    private final WorkerExecutor executor;

    public Workers(WorkerExecutor executor) {
        this.executor = executor;
    }

    public <T> Future<T> run(Callable<T> work) {
        return executor.executeBlocking(work, false);
    }
}
