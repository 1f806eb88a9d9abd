package io.vertiform.testkit.provider;

import io.vertiform.cty.CtyValue;

/** An assertion on a resource state after a step; throw an AssertionError to fail. */
@FunctionalInterface
public interface StateCheck {

    void check(CtyValue state);
}
