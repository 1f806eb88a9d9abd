package io.vertiform.components.datasource;

import io.vertiform.cty.CtyType;
import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import io.vertiform.framework.validate.ConfigValidator;
import io.vertiform.framework.validate.ConfigValidators;
import io.vertiform.framework.validate.HasConfigValidators;
import io.vertiform.framework.validate.Validators;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code vertiform_env_variables}: environment variables of the terraform process that launched this session
 * (the session's environment, never the provider JVM's own — one JVM may serve several shells).
 */
@DataSource("vertiform_env_variables")
public final class EnvVariablesDataSource implements DataSourceHandler<EnvVariablesDataSource.Env>, HasConfigValidators {

    public record Env(List<String> keys, String prefix, String regex, Boolean excludeEmpty, String transformKeys,
                      String transformValues, Boolean caseSensitive, List<String> sensitiveKeys,
                      Map<String, String> values, Map<String, String> sensitiveValues, Map<String, String> allValues,
                      Map<String, String> allEnvironment) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("Reads environment variables of the Terraform process that launched the provider."
                        + " Select them by `keys`, `prefix` or `regex` (at most one; none selects all).")
                .attribute(Attributes.list("keys", CtyType.STRING).optional()
                        .description("Exact variable names to read; absent names are left out."))
                .attribute(Attributes.string("prefix").optional()
                        .description("Read the variables whose name starts with this."))
                .attribute(Attributes.string("regex").optional().validators(ConfigChecks.regexSyntax())
                        .description("Read the variables whose name matches this Java regular expression at its start."))
                .attribute(Attributes.bool("exclude_empty").optional()
                        .description("Leave out variables whose value is empty (default true)."))
                .attribute(Attributes.string("transform_keys").optional().validators(Validators.oneOf("upper", "lower"))
                        .description("\"upper\" or \"lower\": change the case of the returned names."))
                .attribute(Attributes.string("transform_values").optional().validators(Validators.oneOf("upper", "lower"))
                        .description("\"upper\" or \"lower\": change the case of the returned values."))
                .attribute(Attributes.bool("case_sensitive").optional()
                        .description("Whether keys, prefix and regex match names case-sensitively (default true)."))
                .attribute(Attributes.list("sensitive_keys", CtyType.STRING).optional()
                        .description("Names whose values go to sensitive_values instead of values."))
                .attribute(Attributes.map("values", CtyType.STRING).computed()
                        .description("The selected variables, except those named in sensitive_keys."))
                .attribute(Attributes.map("sensitive_values", CtyType.STRING).computed().sensitive()
                        .description("The selected variables named in sensitive_keys."))
                .attribute(Attributes.map("all_values", CtyType.STRING).computed().sensitive()
                        .description("Every selected variable (values and sensitive_values together); sensitive"
                                + " because it holds the sensitive ones too."))
                .attribute(Attributes.map("all_environment", CtyType.STRING).computed().sensitive()
                        .description("The whole environment, unfiltered; sensitive because environments hold secrets."))
                .build();
    }

    @Override
    public List<ConfigValidator> configValidators() {
        return List.of(ConfigValidators.conflicting("keys", "prefix", "regex"));
    }

    @Override
    public Env read(DataSourceReadRequest<Env> request) {
        Env c = request.config();
        boolean caseSensitive = !Boolean.FALSE.equals(c.caseSensitive());
        Pattern regex = null;
        if (c.regex() != null) {
            try {
                regex = EnvSelection.compile(c.regex(), caseSensitive);
            } catch (PatternSyntaxException e) {
                throw Problems.at("regex", "Invalid regular expression", e.getMessage());
            }
        }
        Map<String, String> environment = request.session().environment();
        EnvSelection selection = new EnvSelection(c.keys() == null ? null : withoutNulls(c.keys()), c.prefix(), regex,
                !Boolean.FALSE.equals(c.excludeEmpty()), caseSensitive, c.transformKeys(), c.transformValues(),
                c.sensitiveKeys() == null ? Set.of() : Set.copyOf(withoutNulls(c.sensitiveKeys())));
        EnvSelection.Result r = selection.apply(environment);
        return new Env(c.keys(), c.prefix(), c.regex(), c.excludeEmpty(), c.transformKeys(), c.transformValues(),
                c.caseSensitive(), c.sensitiveKeys(), r.plain(), r.sensitive(), r.selected(), environment);
    }

    /** Terraform lists may hold nulls ({@code keys = [var.maybe]}); a null name selects nothing. */
    private static List<String> withoutNulls(List<String> names) {
        return names.stream().filter(Objects::nonNull).toList();
    }
}
