package io.vertiform.foundation.error;

import io.vertiform.contracts.diag.AttributePath;
import java.util.Map;

/**
 * An error a provider reports to the Terraform user; it becomes an error diagnostic, optionally pointing at
 * an attribute.
 */
public class ProviderException extends VertiformException {

    private static final long serialVersionUID = 1L;

    public static final String ERROR = "provider.error";
    /** A configuration or plan value failed validation. */
    public static final String VALIDATION = "provider.validation";
    /** A resource, data source, function or ephemeral type the provider does not offer. */
    public static final String UNKNOWN_TYPE = "provider.unknown_type";

    private final transient AttributePath attribute;

    public ProviderException(String code, String summary, String detail, AttributePath attribute,
                             Map<String, ?> context, Throwable cause) {
        super(ErrorCategory.PROVIDER, LayerCodes.require("provider", code), summary, detail, context, cause);
        this.attribute = attribute == null ? AttributePath.EMPTY : attribute;
    }

    public static ProviderException validation(AttributePath attribute, String summary, String detail) {
        return new ProviderException(VALIDATION, summary, detail, attribute, null, null);
    }

    public static ProviderException error(String summary, String detail) {
        return new ProviderException(ERROR, summary, detail, AttributePath.EMPTY, null, null);
    }

    public AttributePath attribute() {
        return attribute;
    }
}
