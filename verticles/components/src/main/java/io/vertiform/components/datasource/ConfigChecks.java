package io.vertiform.components.datasource;

import io.vertiform.components.jq.JqException;
import io.vertiform.components.jq.JqJson;
import io.vertiform.components.jq.JqQuery;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.validate.Validator;
import io.vertiform.framework.validate.ValidatorRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Attribute validators the data sources share. They run at validation time, so a mistake is shown at
 * {@code terraform validate} with the attribute's path; null and unknown values pass (Terraform validates again
 * once they are known, and the read checks them too).
 */
final class ConfigChecks {

    static final Set<String> HTTP_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private ConfigChecks() {
    }

    /** The value compiles as a Java regular expression. */
    static Validator regexSyntax() {
        return knownString("a valid regular expression", (r, text) -> {
            try {
                Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                r.addError("Invalid regular expression", e.getMessage());
            }
        });
    }

    /** The value compiles as a jq program. */
    static Validator jqQuery() {
        return knownString("a valid jq program", (r, text) -> {
            try {
                JqQuery.compile(text);
            } catch (JqException e) {
                r.addError("Invalid jq query", e.getMessage());
            }
        });
    }

    /** The value parses as one JSON document. */
    static Validator jsonText() {
        return knownString("one JSON document", (r, text) -> {
            try {
                JqJson.parse(text);
            } catch (JqException e) {
                r.addError("Invalid JSON", e.getMessage());
            }
        });
    }

    /** An HTTP method name, any case. */
    static Validator httpMethod() {
        return knownString("one of " + HTTP_METHODS, (r, text) -> {
            if (!HTTP_METHODS.contains(text.toUpperCase(Locale.ROOT))) {
                r.addError("Invalid HTTP method", "\"" + text + "\" is not one of " + HTTP_METHODS.stream().sorted()
                        .toList() + ".");
            }
        });
    }

    /** An absolute http(s) URL, or a relative reference resolved against the provider's api_endpoint. */
    static Validator httpUrl() {
        return knownString("an http(s) URL or a path relative to api_endpoint", (r, text) -> {
            try {
                HttpTarget.checkSyntax(text);
            } catch (IllegalArgumentException e) {
                r.addError("Invalid URL", e.getMessage());
            }
        });
    }

    static URI parseUri(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a URL: " + e.getMessage(), e);
        }
    }

    private static Validator knownString(String description, BiConsumer<ValidatorRequest, String> check) {
        return new Validator() {
            @Override
            public void validate(ValidatorRequest request) {
                CtyValue v = request.value();
                if (v == null || v.isNull() || !v.isKnown() || !v.type().equals(CtyType.STRING)) {
                    return;
                }
                check.accept(request, v.unmarkDeep().asString());
            }

            @Override
            public String description() {
                return "must be " + description;
            }
        };
    }
}
