package io.vertiform.framework.resource;

import io.vertiform.framework.schema.ComponentSchema;
import io.vertx.core.Future;

/**
 * A managed resource with non-blocking lifecycle methods: they are called on a worker thread too, but the
 * framework waits for the returned futures instead of the calls. Same contract as {@link ResourceHandler}.
 */
public interface AsyncResourceHandler<S> {

    ComponentSchema schema();

    Future<S> create(CreateRequest<S> request);

    /** Completes with null when the object no longer exists. */
    Future<S> read(ReadRequest<S> request);

    Future<S> update(UpdateRequest<S> request);

    Future<Void> delete(DeleteRequest<S> request);
}
