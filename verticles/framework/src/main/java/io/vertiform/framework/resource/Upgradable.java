package io.vertiform.framework.resource;

import java.util.Map;

/**
 * A resource whose schema version went up: one upgrader per older version, each taking state of that version
 * straight to the current one (no chaining, as in terraform-plugin-framework).
 */
public interface Upgradable<S> {

    Map<Long, StateUpgrader<S>> stateUpgraders();
}
