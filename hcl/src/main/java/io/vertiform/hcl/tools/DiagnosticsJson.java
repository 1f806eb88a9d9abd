package io.vertiform.hcl.tools;

import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Diagnostics;

/**
 * Diagnostics as the JSON document hcldec writes with {@code --diags=json} (Go's {@code json.MarshalIndent} with
 * two-space indentation; empty details and missing subjects are left out).
 */
public final class DiagnosticsJson {
    private DiagnosticsJson() {
    }

    public static String render(Diagnostics diags) {
        StringBuilder sb = new StringBuilder("{\n  \"diagnostics\": [");
        boolean first = true;
        for (Diagnostic d : diags) {
            sb.append(first ? "\n" : ",\n").append("    {\n      \"severity\": \"").append(d.severity().label())
                    .append("\",\n      \"summary\": ");
            GoJson.quote(sb, d.summary());
            if (!d.detail().isEmpty()) {
                sb.append(",\n      \"detail\": ");
                GoJson.quote(sb, d.detail());
            }
            if (d.subject() != null) {
                sb.append(",\n      \"subject\": ");
                HcldecTool.rangeJson(sb, d.subject(), "      ");
            }
            sb.append("\n    }");
            first = false;
        }
        sb.append(first ? "]\n}" : "\n  ]\n}");
        return sb.toString();
    }
}
