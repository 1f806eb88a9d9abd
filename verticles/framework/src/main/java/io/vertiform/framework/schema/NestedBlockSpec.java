package io.vertiform.framework.schema;

import io.vertiform.cty.CtyType;
import io.vertiform.framework.plan.PlanModifier;
import io.vertiform.framework.plan.PlanModifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A nested block type: its name, nesting, body and item limits. Built with {@link Blocks}.
 */
public final class NestedBlockSpec {

    private final String typeName;
    private final Nesting nesting;
    private final BlockSpec body;
    private final int minItems;
    private final int maxItems;
    private final List<PlanModifier> planModifiers;
    private final CtyType impliedType;

    NestedBlockSpec(String typeName, Nesting nesting, BlockSpec body, int minItems, int maxItems,
                    List<PlanModifier> planModifiers) {
        this.typeName = typeName;
        this.nesting = nesting;
        this.body = body;
        this.minItems = minItems;
        this.maxItems = maxItems;
        this.planModifiers = List.copyOf(planModifiers);
        CtyType element = body.impliedType();
        this.impliedType = switch (nesting) {
            case SINGLE, GROUP -> element;
            // A list or map of blocks with dynamically typed attributes can hold elements of different types, so
            // Terraform decodes it as a tuple or object: the implied type is dynamic.
            case LIST -> element.hasDynamicTypes() ? CtyType.DYNAMIC : CtyType.list(element);
            case MAP -> element.hasDynamicTypes() ? CtyType.DYNAMIC : CtyType.map(element);
            case SET -> CtyType.set(element);
        };
    }

    public String typeName() {
        return typeName;
    }

    public Nesting nesting() {
        return nesting;
    }

    public BlockSpec body() {
        return body;
    }

    public int minItems() {
        return minItems;
    }

    /** 0 means unlimited. */
    public int maxItems() {
        return maxItems;
    }

    public List<PlanModifier> planModifiers() {
        return planModifiers;
    }

    /** The type of the whole block-type value in the decoded parent object. */
    public CtyType impliedType() {
        return impliedType;
    }

    @Override
    public String toString() {
        return "block " + typeName;
    }

    /** Accumulates a nested block declaration; {@link Blocks} creates them. */
    public static final class Builder extends BodyBuilder<Builder> {
        private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

        private final String typeName;
        private final Nesting nesting;
        private int minItems;
        private int maxItems;
        private final List<PlanModifier> planModifiers = new ArrayList<>();

        Builder(String typeName, Nesting nesting) {
            this.typeName = Objects.requireNonNull(typeName, "typeName");
            this.nesting = Objects.requireNonNull(nesting, "nesting");
        }

        @Override
        Builder self() {
            return this;
        }

        /** LIST and SET: the fewest blocks the configuration may write. */
        public Builder minItems(int n) {
            this.minItems = n;
            return this;
        }

        /** LIST and SET: the most blocks the configuration may write (0: unlimited). */
        public Builder maxItems(int n) {
            this.maxItems = n;
            return this;
        }

        /** SINGLE: the block must be written (min = max = 1). */
        public Builder required() {
            this.minItems = 1;
            this.maxItems = 1;
            return this;
        }

        public Builder planModifiers(PlanModifier... more) {
            for (PlanModifier m : more) {
                planModifiers.add(Objects.requireNonNull(m, "plan modifier"));
            }
            return this;
        }

        public Builder requiresReplace() {
            return planModifiers(PlanModifiers.requiresReplace());
        }

        public NestedBlockSpec build() {
            if (!NAME.matcher(typeName).matches()) {
                throw new SchemaException("block type name \"" + typeName + "\" must be lowercase letters, digits "
                        + "and underscores, not starting with a digit");
            }
            if (minItems < 0 || maxItems < 0) {
                throw new SchemaException("block " + typeName + ": item limits cannot be negative");
            }
            switch (nesting) {
                case SINGLE -> {
                    if (minItems != maxItems || minItems > 1) {
                        throw new SchemaException("block " + typeName + ": a SINGLE block has either no limits or "
                                + "min = max = 1 (required)");
                    }
                }
                case GROUP, MAP -> {
                    if (minItems != 0 || maxItems != 0) {
                        throw new SchemaException("block " + typeName + ": " + nesting + " blocks take no item limits");
                    }
                }
                case LIST, SET -> {
                    if (maxItems != 0 && minItems > maxItems) {
                        throw new SchemaException("block " + typeName + ": minItems " + minItems
                                + " exceeds maxItems " + maxItems);
                    }
                }
            }
            BlockSpec body = buildBody();
            if (nesting == Nesting.SET && body.impliedType().hasDynamicTypes()) {
                throw new SchemaException("block " + typeName + ": SET blocks cannot contain dynamically typed "
                        + "attributes");
            }
            return new NestedBlockSpec(typeName, nesting, body, minItems, maxItems, planModifiers);
        }
    }
}
