package io.vertiform.framework.resource;

/**
 * A resource that adjusts plans beyond what schema defaults and plan modifiers express: computed values it can
 * predict, replacement decided from several attributes, warnings about the change. Called for creates, updates
 * and destroys (then {@link ModifyPlanRequest#isDestroy()}), after the framework's own planning.
 */
public interface ModifiesPlan<S> {

    void modifyPlan(ModifyPlanRequest<S> request);
}
