package io.vertiform.testkit.vertx;

import io.vertiform.contracts.codec.MessageCodecs;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * A local Vert.x with every contract codec registered, owned by a handle that closes it:
 * {@code try (FreshVertx h = FreshVertx.open()) { ... h.vertx() ... }}.
 *
 * <p>For the usual one-Vert.x-per-test case inject {@link Vertx} through {@link VertxTest}
 * (VertxExtension); use this when a test needs more instances, or one outside a JUnit parameter.
 */
public record FreshVertx(Vertx vertx) implements AutoCloseable {

    public static FreshVertx open() {
        return open(new VertxOptions());
    }

    public static FreshVertx open(VertxOptions options) {
        Vertx vertx = Vertx.vertx(options);
        MessageCodecs.registerAll(vertx);
        return new FreshVertx(vertx);
    }

    @Override
    public void close() {
        Await.result(vertx.close());
    }
}
