package io.vertiform.framework.schema;

import io.vertiform.contracts.provider.StringKind;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.convert.ConversionException;
import io.vertiform.cty.convert.Convert;
import io.vertiform.framework.plan.PlanModifier;
import io.vertiform.framework.plan.PlanModifiers;
import io.vertiform.framework.validate.Validator;
import io.vertiform.framework.validate.Validators;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One attribute of a schema: a cty type or (protocol 6) nested attributes, its flags, documentation,
 * default, validators and plan modifiers. Built with {@link Attributes}.
 */
public final class AttributeSpec {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    private final String name;
    private final CtyType type;
    private final NestedAttributes nested;
    private final NumberKind numberKind;
    private final boolean required;
    private final boolean optional;
    private final boolean computed;
    private final boolean sensitive;
    private final boolean writeOnly;
    private final String description;
    private final StringKind descriptionKind;
    private final String deprecationMessage;
    private final CtyValue defaultValue;
    private final List<Validator> validators;
    private final List<PlanModifier> planModifiers;
    private final CtyType impliedType;

    private AttributeSpec(Builder b, CtyValue defaultValue) {
        this.name = b.name;
        this.type = b.type;
        this.nested = b.nestedAttributes();
        this.numberKind = b.numberKind;
        this.required = b.required;
        this.optional = b.optional;
        this.computed = b.computed;
        this.sensitive = b.sensitive;
        this.writeOnly = b.writeOnly;
        this.description = b.description;
        this.descriptionKind = b.descriptionKind;
        this.deprecationMessage = b.deprecationMessage;
        this.defaultValue = defaultValue;
        this.validators = List.copyOf(b.validators);
        this.planModifiers = List.copyOf(b.planModifiers);
        this.impliedType = nested != null ? nested.impliedType() : type;
    }

    public String name() {
        return name;
    }

    /** The declared cty type; null for nested attributes (see {@link #nested()}). */
    public CtyType type() {
        return type;
    }

    /** Nested attributes, or null for a plainly typed attribute. */
    public NestedAttributes nested() {
        return nested;
    }

    public boolean isNested() {
        return nested != null;
    }

    public NumberKind numberKind() {
        return numberKind;
    }

    public boolean required() {
        return required;
    }

    public boolean optional() {
        return optional;
    }

    public boolean computed() {
        return computed;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public boolean writeOnly() {
        return writeOnly;
    }

    public String description() {
        return description;
    }

    public StringKind descriptionKind() {
        return descriptionKind;
    }

    /** Empty when not deprecated. */
    public String deprecationMessage() {
        return deprecationMessage;
    }

    public boolean deprecated() {
        return !deprecationMessage.isEmpty();
    }

    /** The value planned when the configuration leaves the attribute null; null when there is none. */
    public CtyValue defaultValue() {
        return defaultValue;
    }

    public List<Validator> validators() {
        return validators;
    }

    public List<PlanModifier> planModifiers() {
        return planModifiers;
    }

    /** The type of this attribute's value in a decoded object (Terraform's ImpliedType). */
    public CtyType impliedType() {
        return impliedType;
    }

    /** Computed and not settable by configuration. */
    public boolean computedOnly() {
        return computed && !optional && !required;
    }

    @Override
    public String toString() {
        return "attribute " + name;
    }

    /** Accumulates an attribute's declaration; {@link Attributes} creates them. */
    public static final class Builder {
        private final String name;
        private final CtyType type;
        private final Nesting nesting;
        private final List<Builder> nestedAttributes = new ArrayList<>();
        private NumberKind numberKind = NumberKind.ANY;
        private boolean required;
        private boolean optional;
        private boolean computed;
        private boolean sensitive;
        private boolean writeOnly;
        private String description = "";
        private StringKind descriptionKind = StringKind.PLAIN;
        private String deprecationMessage = "";
        private Object defaultValue;
        private final List<Validator> validators = new ArrayList<>();
        private final List<PlanModifier> planModifiers = new ArrayList<>();

        Builder(String name, CtyType type, Nesting nesting) {
            this.name = Objects.requireNonNull(name, "name");
            this.type = type;
            this.nesting = nesting;
        }

        Builder numberKind(NumberKind kind) {
            this.numberKind = kind;
            return this;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder optional() {
            this.optional = true;
            return this;
        }

        public Builder computed() {
            this.computed = true;
            return this;
        }

        public Builder sensitive() {
            this.sensitive = true;
            return this;
        }

        /** Accepted in configuration, handed to create/update, never stored in plan or state (Terraform 1.11+). */
        public Builder writeOnly() {
            this.writeOnly = true;
            return this;
        }

        public Builder description(String text) {
            this.description = Objects.requireNonNull(text, "description");
            this.descriptionKind = StringKind.PLAIN;
            return this;
        }

        public Builder markdownDescription(String text) {
            this.description = Objects.requireNonNull(text, "description");
            this.descriptionKind = StringKind.MARKDOWN;
            return this;
        }

        /** Marks the attribute deprecated; configuring it yields a warning with this message. */
        public Builder deprecated(String message) {
            if (message == null || message.isBlank()) {
                throw new SchemaException("attribute " + name + ": a deprecation needs a message");
            }
            this.deprecationMessage = message;
            return this;
        }

        /**
         * The value to plan when the configuration leaves the attribute null: a {@link CtyValue}, or a Java
         * String, Boolean or Number converted to the attribute's type. Makes the attribute optional and computed.
         */
        public Builder defaultValue(Object value) {
            this.defaultValue = Objects.requireNonNull(value, "default value (use no default instead of null)");
            return this;
        }

        public Builder validators(Validator... more) {
            for (Validator v : more) {
                validators.add(Objects.requireNonNull(v, "validator"));
            }
            return this;
        }

        public Builder planModifiers(PlanModifier... more) {
            for (PlanModifier m : more) {
                planModifiers.add(Objects.requireNonNull(m, "plan modifier"));
            }
            return this;
        }

        /** Shorthand for {@code planModifiers(PlanModifiers.requiresReplace())}. */
        public Builder requiresReplace() {
            return planModifiers(PlanModifiers.requiresReplace());
        }

        /** Shorthand for {@code planModifiers(PlanModifiers.useStateForUnknown())}. */
        public Builder useStateForUnknown() {
            return planModifiers(PlanModifiers.useStateForUnknown());
        }

        /** Adds a nested attribute (nested attribute builders only). */
        public Builder attribute(Builder nestedAttribute) {
            if (nesting == null) {
                throw new SchemaException("attribute " + name + " is not a nested attribute; only "
                        + "Attributes.singleNested/listNested/setNested/mapNested take attributes");
            }
            nestedAttributes.add(Objects.requireNonNull(nestedAttribute, "attribute"));
            return this;
        }

        private NestedAttributes nestedAttributes() {
            if (nesting == null) {
                return null;
            }
            List<AttributeSpec> built = new ArrayList<>();
            for (Builder b : nestedAttributes) {
                built.add(b.build());
            }
            return new NestedAttributes(nesting, built);
        }

        public AttributeSpec build() {
            if (!NAME.matcher(name).matches()) {
                throw new SchemaException("attribute name \"" + name + "\" must be lowercase letters, digits and "
                        + "underscores, not starting with a digit");
            }
            boolean opt = optional;
            boolean comp = computed;
            if (defaultValue != null) {
                if (required) {
                    throw new SchemaException("attribute " + name + ": a required attribute cannot have a default");
                }
                if (computed && !optional) {
                    throw new SchemaException("attribute " + name + ": a computed-only attribute cannot have a "
                            + "default (the provider sets it)");
                }
                if (writeOnly) {
                    throw new SchemaException("attribute " + name + ": a write-only attribute cannot have a default");
                }
                opt = true;
                comp = true;
            }
            if (!required && !opt && !comp) {
                opt = true;
            }
            if (required && opt) {
                throw new SchemaException("attribute " + name + " is both required and optional");
            }
            if (required && comp) {
                throw new SchemaException("attribute " + name + " is both required and computed");
            }
            if (writeOnly && comp) {
                throw new SchemaException("attribute " + name + ": a write-only attribute cannot be computed");
            }
            boolean replaces = planModifiers.stream().anyMatch(PlanModifiers::triggersReplace);
            if (replaces && comp && !opt) {
                throw new SchemaException("attribute " + name + ": requires-replace on a computed-only attribute "
                        + "never applies (configuration cannot change it)");
            }
            if (replaces && writeOnly) {
                throw new SchemaException("attribute " + name + ": write-only values are not stored, so they cannot "
                        + "require replacement; add a companion version attribute instead");
            }
            Builder effective = copyFlags(opt, comp);
            if (numberKind != NumberKind.ANY) {
                effective.validators.add(0, Validators.numberKind(numberKind));
            }
            if (nesting != null && nestedAttributes.isEmpty()) {
                throw new SchemaException("nested attribute " + name + " declares no attributes");
            }
            CtyValue dv = defaultValue == null ? null : convertDefault(effective);
            return new AttributeSpec(effective, dv);
        }

        private Builder copyFlags(boolean opt, boolean comp) {
            Builder c = new Builder(name, type, nesting);
            c.nestedAttributes.addAll(nestedAttributes);
            c.numberKind = numberKind;
            c.required = required;
            c.optional = opt;
            c.computed = comp;
            c.sensitive = sensitive;
            c.writeOnly = writeOnly;
            c.description = description;
            c.descriptionKind = descriptionKind;
            c.deprecationMessage = deprecationMessage;
            c.defaultValue = defaultValue;
            c.validators.addAll(validators);
            c.planModifiers.addAll(planModifiers);
            return c;
        }

        private CtyValue convertDefault(Builder effective) {
            CtyType want = effective.nesting != null ? effective.nestedAttributes().impliedType() : type;
            CtyValue raw = JavaValues.toCty(defaultValue);
            if (raw == null) {
                throw new SchemaException("attribute " + name + ": default must be a CtyValue, String, Boolean or "
                        + "Number, not " + defaultValue.getClass().getName());
            }
            try {
                CtyValue v = Convert.convert(raw, want);
                if (v.isNull() || !v.isWhollyKnown()) {
                    throw new SchemaException("attribute " + name + ": a default must be a known, non-null value");
                }
                return v;
            } catch (ConversionException e) {
                throw new SchemaException("attribute " + name + ": default does not fit the attribute type: "
                        + e.getMessage());
            }
        }
    }
}
