package io.vertiform.framework.function;

import io.vertiform.contracts.provider.ProviderFunction;
import io.vertiform.contracts.provider.StringKind;
import io.vertiform.cty.CtyType;
import io.vertiform.framework.schema.SchemaException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A function's signature and documentation. */
public final class FunctionDefinition {

    private final List<Parameter> parameters;
    private final Parameter variadic;
    private final CtyType returnType;
    private final String summary;
    private final String description;
    private final StringKind descriptionKind;
    private final String deprecationMessage;

    private FunctionDefinition(Builder b) {
        this.parameters = List.copyOf(b.parameters);
        this.variadic = b.variadic;
        this.returnType = b.returnType;
        this.summary = b.summary;
        this.description = b.description;
        this.descriptionKind = b.descriptionKind;
        this.deprecationMessage = b.deprecationMessage;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Parameter> parameters() {
        return parameters;
    }

    /** The trailing variadic parameter, or null. */
    public Parameter variadic() {
        return variadic;
    }

    public CtyType returnType() {
        return returnType;
    }

    public ProviderFunction toContract() {
        List<ProviderFunction.Parameter> ps = new ArrayList<>();
        for (Parameter p : parameters) {
            ps.add(contract(p));
        }
        return new ProviderFunction(ps, variadic == null ? null : contract(variadic),
                new ProviderFunction.Return(returnType), summary, description, descriptionKind, deprecationMessage);
    }

    private static ProviderFunction.Parameter contract(Parameter p) {
        return new ProviderFunction.Parameter(p.name(), p.type(), p.allowNull(), p.allowUnknown(), p.description(),
                p.descriptionKind());
    }

    public static final class Builder {
        private final List<Parameter> parameters = new ArrayList<>();
        private Parameter variadic;
        private CtyType returnType;
        private String summary = "";
        private String description = "";
        private StringKind descriptionKind = StringKind.PLAIN;
        private String deprecationMessage = "";

        public Builder parameter(Parameter p) {
            parameters.add(Objects.requireNonNull(p, "parameter"));
            return this;
        }

        public Builder variadic(Parameter p) {
            this.variadic = Objects.requireNonNull(p, "variadic parameter");
            return this;
        }

        public Builder returns(CtyType type) {
            this.returnType = Objects.requireNonNull(type, "return type");
            return this;
        }

        public Builder summary(String s) {
            this.summary = Objects.requireNonNull(s, "summary");
            return this;
        }

        public Builder description(String s) {
            this.description = Objects.requireNonNull(s, "description");
            this.descriptionKind = StringKind.PLAIN;
            return this;
        }

        public Builder markdownDescription(String s) {
            this.description = Objects.requireNonNull(s, "description");
            this.descriptionKind = StringKind.MARKDOWN;
            return this;
        }

        public Builder deprecated(String message) {
            this.deprecationMessage = Objects.requireNonNull(message, "message");
            return this;
        }

        public FunctionDefinition build() {
            if (returnType == null) {
                throw new SchemaException("a function needs a return type");
            }
            Set<String> names = new HashSet<>();
            List<Parameter> all = new ArrayList<>(parameters);
            if (variadic != null) {
                all.add(variadic);
            }
            for (Parameter p : all) {
                if (!p.name().matches("[a-z_][a-z0-9_]*")) {
                    throw new SchemaException("function parameter name \"" + p.name() + "\" must be lowercase "
                            + "letters, digits and underscores");
                }
                if (!names.add(p.name())) {
                    throw new SchemaException("duplicate function parameter \"" + p.name() + "\"");
                }
            }
            return new FunctionDefinition(this);
        }
    }
}
