package io.vertiform.rpc.ops;

import io.vertiform.contracts.diag.Diagnostic;
import io.vertiform.contracts.provider.DynamicValue;
import io.vertiform.contracts.provider.RawState;
import io.vertiform.contracts.provider.ResourceIdentityData;
import io.vertiform.contracts.provider.wire.RecordShape;
import io.vertiform.rpc.mapping.DynamicValueCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The RPC layer's own request validation, before anything goes on the bus: required fields present and every
 * DynamicValue structurally sound. Problems come back as error diagnostics naming the protocol field.
 */
public final class RequestChecks {

    private RequestChecks() {
    }

    public static List<Diagnostic> problems(Record request, List<String> required) {
        List<Diagnostic> problems = new ArrayList<>();
        for (RecordShape.Component c : RecordShape.of(request.getClass()).components()) {
            Object value = c.get(request);
            if (required.contains(c.name()) && isMissing(value)) {
                problems.add(Diagnostic.error("Invalid request: missing " + c.wireName(),
                        "The plugin host sent a request without " + c.wireName() + ", which this call requires."));
                continue;
            }
            dynamicValues(c.wireName(), value, problems);
        }
        return problems;
    }

    private static boolean isMissing(Object value) {
        return value == null
                || value instanceof String s && s.isEmpty()
                || value instanceof DynamicValue d && d.isEmpty();
    }

    private static void dynamicValues(String field, Object value, List<Diagnostic> problems) {
        if (value instanceof DynamicValue d) {
            check(field, d, problems);
        } else if (value instanceof ResourceIdentityData id && id.identityData() != null) {
            check(field + ".identity_data", id.identityData(), problems);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof DynamicValue d) {
                    check(field + "[" + i + "]", d, problems);
                }
            }
        } else if (value instanceof RawState raw && raw.json().length > 0) {
            DynamicValueCheck.problem(DynamicValue.json(raw.json()))
                    .ifPresent(p -> problems.add(invalid(field + ".json", p)));
        }
    }

    private static void check(String field, DynamicValue value, List<Diagnostic> problems) {
        if (value.isEmpty()) {
            return; // optional values (provider_meta, ...) may be absent; required ones were checked above
        }
        Optional<String> problem = DynamicValueCheck.problem(value);
        problem.ifPresent(p -> problems.add(invalid(field, p)));
    }

    private static Diagnostic invalid(String field, String problem) {
        return Diagnostic.error("Invalid request value in " + field,
                "The value in " + field + " cannot be decoded: " + problem + ".");
    }
}
