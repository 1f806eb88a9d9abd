package io.vertiform.framework.resource;

import java.util.List;

/**
 * A resource that accepts state from other resource types ({@code moved} blocks across types, Terraform 1.8+).
 * Movers are tried in order; the first to return a non-null state wins.
 */
public interface Movable<S> {

    List<StateMover<S>> stateMovers();
}
