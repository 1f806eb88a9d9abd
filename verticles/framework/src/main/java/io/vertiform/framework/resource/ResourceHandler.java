package io.vertiform.framework.resource;

import io.vertiform.framework.schema.ComponentSchema;

/**
 * A managed resource whose lifecycle methods may block: the framework runs them on a worker thread. {@code S}
 * is the state type — a record whose components mirror the schema's attributes (see
 * {@link io.vertiform.framework.value.TypedValues}), or {@link io.vertiform.cty.CtyValue} for raw access.
 *
 * <p>Optional capabilities are separate interfaces: {@link ModifiesPlan}, {@link Importable},
 * {@link Upgradable}, {@link Movable}, {@link WithIdentity}, {@link io.vertiform.framework.validate.ValidatesConfig},
 * {@link io.vertiform.framework.validate.HasConfigValidators}. For non-blocking code implement
 * {@link AsyncResourceHandler} instead.
 */
public interface ResourceHandler<S> {

    ComponentSchema schema();

    /** Creates the object the plan describes and returns its state, every computed value set. */
    S create(CreateRequest<S> request);

    /** Returns the object's current state, or null when it no longer exists. */
    S read(ReadRequest<S> request);

    /** Changes the object as planned (in place) and returns the new state. */
    S update(UpdateRequest<S> request);

    void delete(DeleteRequest<S> request);
}
