package io.vertiform.framework.server;

import io.vertiform.framework.session.Sessions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import java.util.ArrayList;
import java.util.List;

/** A running provider: its verticles' deployment ids and sessions; {@link #undeploy()} stops it all. */
public final class ProviderDeployment {

    private final Vertx vertx;
    private final List<String> deploymentIds;
    private final Sessions sessions;
    private final WorkerExecutor workers;

    ProviderDeployment(Vertx vertx, List<String> deploymentIds, Sessions sessions, WorkerExecutor workers) {
        this.vertx = vertx;
        this.deploymentIds = List.copyOf(deploymentIds);
        this.sessions = sessions;
        this.workers = workers;
    }

    public List<String> deploymentIds() {
        return deploymentIds;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Future<Void> undeploy() {
        List<Future<Void>> all = new ArrayList<>();
        for (String id : deploymentIds) {
            if (vertx.deploymentIDs().contains(id)) {
                all.add(vertx.undeploy(id));
            }
        }
        return Future.join(all).<Void>mapEmpty().eventually(workers::close);
    }
}
