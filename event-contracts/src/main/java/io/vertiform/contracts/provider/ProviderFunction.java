package io.vertiform.contracts.provider;

import io.vertiform.contracts.provider.wire.WireName;
import io.vertiform.cty.CtyType;
import java.util.List;

/**
 * The signature and documentation of a provider-defined function.
 *
 * @param parameters         positional parameters
 * @param variadicParameter  the trailing variadic parameter, or null
 * @param returnType         what it returns (the protocol's {@code return} field)
 */
public record ProviderFunction(List<Parameter> parameters, Parameter variadicParameter,
                               @WireName("return") Return returnType, String summary, String description,
                               StringKind descriptionKind, String deprecationMessage) {

    public ProviderFunction {
        parameters = Values.list(parameters);
        summary = Values.text(summary);
        description = Values.text(description);
        descriptionKind = descriptionKind == null ? StringKind.PLAIN : descriptionKind;
        deprecationMessage = Values.text(deprecationMessage);
    }

    public record Parameter(String name, CtyType type, boolean allowNullValue, boolean allowUnknownValues,
                            String description, StringKind descriptionKind) {
        public Parameter {
            name = Values.text(name);
            description = Values.text(description);
            descriptionKind = descriptionKind == null ? StringKind.PLAIN : descriptionKind;
        }
    }

    public record Return(CtyType type) {
    }
}
