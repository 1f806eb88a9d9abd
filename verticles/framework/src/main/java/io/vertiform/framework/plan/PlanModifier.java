package io.vertiform.framework.plan;

/**
 * Adjusts one attribute's (or block's) planned value, or asks for replacement. Runs during planning of a create
 * or update, after defaults were applied and unset computed attributes were marked unknown.
 */
@FunctionalInterface
public interface PlanModifier {

    void modify(PlanModifierRequest request);

    /** Plain-language summary for generated documentation. */
    default String description() {
        return getClass().getSimpleName();
    }
}
