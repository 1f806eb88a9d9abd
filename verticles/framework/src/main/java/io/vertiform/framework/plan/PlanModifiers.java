package io.vertiform.framework.plan;

import java.util.function.Predicate;

/** The built-in plan modifiers. */
public final class PlanModifiers {

    private PlanModifiers() {
    }

    /** Marker for modifiers that may ask for replacement (schema rules check where they are allowed). */
    public interface ReplacementModifier extends PlanModifier {
    }

    /**
     * Replace the resource when the planned value differs from the prior state's. Never on create, and an unknown
     * planned value counts as a change.
     */
    public static PlanModifier requiresReplace() {
        return requiresReplaceIf(r -> true, "requires replacement when changed");
    }

    /** Like {@link #requiresReplace()}, but only when the configuration sets the attribute. */
    public static PlanModifier requiresReplaceIfConfigured() {
        return requiresReplaceIf(r -> !r.configValue().isNull(), "requires replacement when configured and changed");
    }

    /** Like {@link #requiresReplace()}, but only when {@code condition} holds for the change. */
    public static PlanModifier requiresReplaceIf(Predicate<PlanModifierRequest> condition, String description) {
        return new ReplacementModifier() {
            @Override
            public void modify(PlanModifierRequest r) {
                if (r.resourceIsNew() || r.stateValue().isNull() && r.planValue().isNull()) {
                    return;
                }
                if (r.planValue().isKnown() && r.planValue().rawEquals(r.stateValue())) {
                    return;
                }
                if (condition.test(r)) {
                    r.requireReplace();
                }
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /**
     * Keeps the prior state's value instead of "known after apply" when the configuration does not set the
     * attribute: for computed values that never change once created (ids, creation times).
     */
    public static PlanModifier useStateForUnknown() {
        return new PlanModifier() {
            @Override
            public void modify(PlanModifierRequest r) {
                if (r.stateValue().isNull() || r.planValue().isKnown() || !r.configValue().isKnown()) {
                    return;
                }
                r.setPlanValue(r.stateValue());
            }

            @Override
            public String description() {
                return "keeps the prior value while unknown";
            }
        };
    }

    /** True for modifiers that can trigger replacement. */
    public static boolean triggersReplace(PlanModifier m) {
        return m instanceof ReplacementModifier;
    }
}
