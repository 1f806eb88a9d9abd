package io.vertiform.testkit.vertx;

import io.vertx.core.Deployable;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.Objects;

/** Deploys verticles from a test thread and hands back a handle that undeploys on close. */
public final class Deployments {
    private Deployments() {
    }

    public static Deployed deploy(Vertx vertx, Deployable verticle) {
        return deploy(vertx, verticle, new DeploymentOptions());
    }

    public static Deployed deploy(Vertx vertx, Deployable verticle, DeploymentOptions options) {
        String id = Await.result(vertx.deployVerticle(verticle, options));
        return new Deployed(vertx, id);
    }

    /** A running deployment; closing it undeploys (once) and waits for the verticle's stop to finish. */
    public static final class Deployed implements AutoCloseable {
        private final Vertx vertx;
        private final String id;
        private boolean undeployed;

        Deployed(Vertx vertx, String id) {
            this.vertx = Objects.requireNonNull(vertx, "vertx");
            this.id = Objects.requireNonNull(id, "id");
        }

        public String id() {
            return id;
        }

        public boolean isDeployed() {
            return vertx.deploymentIDs().contains(id);
        }

        public void undeploy() {
            undeploy(Await.DEFAULT_TIMEOUT);
        }

        public synchronized void undeploy(Duration timeout) {
            if (!undeployed) {
                undeployed = true;
                Await.result(vertx.undeploy(id), timeout);
            }
        }

        @Override
        public void close() {
            undeploy();
        }
    }
}
