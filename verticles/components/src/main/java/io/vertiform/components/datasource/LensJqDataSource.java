package io.vertiform.components.datasource;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertiform.components.jq.JqException;
import io.vertiform.components.jq.JqJson;
import io.vertiform.components.jq.JqQuery;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.annotation.DataSource;
import io.vertiform.framework.datasource.DataSourceHandler;
import io.vertiform.framework.datasource.DataSourceReadRequest;
import io.vertiform.framework.schema.Attributes;
import io.vertiform.framework.schema.ComponentSchema;
import java.util.List;

/**
 * {@code vertiform_lens_jq}: a jq program applied to a JSON document. The result comes back twice: as JSON text
 * ({@code result}, what {@code jq -c} prints) and as a Terraform value ({@code result_value}, what
 * {@code jsondecode(result)} gives).
 */
@DataSource("vertiform_lens_jq")
public final class LensJqDataSource implements DataSourceHandler<LensJqDataSource.Lens> {

    public record Lens(String jsonInput, String query, String result, CtyValue resultValue, Long resultCount) {
    }

    @Override
    public ComponentSchema schema() {
        return ComponentSchema.builder()
                .markdownDescription("Applies a [jq](https://jqlang.github.io/jq/manual/v1.6/) program (jq 1.6"
                        + " dialect, jackson-jq) to a JSON document. One result is returned as is, several as an"
                        + " array, none as `null`.")
                .attribute(Attributes.string("json_input").required().validators(ConfigChecks.jsonText())
                        .description("The JSON document, e.g. jsonencode(...) or a file's content."))
                .attribute(Attributes.string("query").required().validators(ConfigChecks.jqQuery())
                        .description("The jq program, e.g. \".items[] | select(.enabled) | .name\"."))
                .attribute(Attributes.string("result").computed()
                        .description("The result as compact JSON text."))
                .attribute(Attributes.dynamic("result_value").computed()
                        .description("The result as a Terraform value (objects, tuples, exact numbers)."))
                .attribute(Attributes.int64("result_count").computed()
                        .description("How many values the program emitted."))
                .build();
    }

    @Override
    public Lens read(DataSourceReadRequest<Lens> request) {
        Lens c = request.config();
        JqQuery query;
        try {
            query = JqQuery.compile(c.query());
        } catch (JqException e) {
            throw Problems.at("query", "Invalid jq query", e.getMessage());
        }
        JsonNode input;
        try {
            input = JqJson.parse(c.jsonInput());
        } catch (JqException e) {
            throw Problems.at("json_input", "Invalid JSON", e.getMessage());
        }
        List<JsonNode> results;
        try {
            results = query.apply(input);
        } catch (JqException e) {
            // Both an unknown function and a failure on this input are the query's to fix.
            throw Problems.at("query", e.kind() == JqException.Kind.INVALID_QUERY ? "Invalid jq query"
                    : "jq query failed", e.getMessage());
        }
        JsonNode single = JqQuery.single(results);
        CtyValue value;
        try {
            value = JqJson.toCty(single);
        } catch (JqException e) {
            throw Problems.at("query", "Unrepresentable jq result", e.getMessage());
        }
        return new Lens(c.jsonInput(), c.query(), JqJson.write(single), value, (long) results.size());
    }
}
