package io.vertiform.framework.resource;

import java.util.Map;

/**
 * A resource whose identity schema version went up: one upgrader per older identity version, each taking an
 * identity of that version straight to the current one. Without it only identities of the current version are read.
 */
public interface UpgradesIdentity {

    Map<Long, IdentityUpgrader> identityUpgraders();
}
