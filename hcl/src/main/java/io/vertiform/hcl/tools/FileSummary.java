package io.vertiform.hcl.tools;

import io.vertiform.cty.CtyException;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.TypeJson;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.hcl.DeepStack;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.File;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.hclsyntax.Attribute;
import io.vertiform.hcl.hclsyntax.Block;
import io.vertiform.hcl.hclsyntax.Body;
import io.vertiform.hcl.hclsyntax.Expr;
import io.vertiform.hcl.hclsyntax.FunctionCallExpr;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import io.vertiform.hcl.hclsyntax.Walks;

/**
 * The one-line JSON description of a native syntax file that {@code vertiform hcl summary} prints (the contract is
 * in hcl/README.md): error count, the first error's range, and, when the file parsed cleanly, its attributes and
 * blocks in source order with ranges and the values of attributes that need no variables or functions.
 */
public final class FileSummary {
    private FileSummary() {
    }

    public static String line(String filename, byte[] src) {
        // Deeply nested expressions are evaluated recursively too.
        return DeepStack.run(() -> lineOnThisStack(filename, src));
    }

    private static String lineOnThisStack(String filename, byte[] src) {
        Result<File> parsed = HclSyntax.parseConfig(src, filename, Pos.INITIAL);
        int errors = 0;
        Diagnostic first = null;
        for (Diagnostic d : parsed.diagnostics()) {
            if (d.isError()) {
                if (errors == 0) {
                    first = d;
                }
                errors++;
            }
        }
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"file\":");
        GoJson.quote(sb, filename);
        sb.append(",\"errors\":").append(errors).append(",\"first_error\":");
        if (first != null && first.subject() != null) {
            GoJson.range(sb, first.subject());
        } else {
            sb.append("null");
        }
        if (errors == 0) {
            sb.append(",\"body\":");
            body(sb, (Body) parsed.value().body());
        }
        return sb.append('}').toString();
    }

    private static void body(StringBuilder sb, Body body) {
        sb.append("{\"attributes\":[");
        boolean firstItem = true;
        for (Attribute attr : body.attributes().values()) {
            if (!firstItem) {
                sb.append(',');
            }
            firstItem = false;
            sb.append("{\"name\":");
            GoJson.quote(sb, attr.name());
            sb.append(",\"range\":");
            GoJson.range(sb, attr.srcRange());
            sb.append(",\"expr\":");
            GoJson.range(sb, attr.expr().range());
            if (isStatic(attr.expr())) {
                sb.append(",\"value\":").append(staticValue(attr.expr()));
            }
            sb.append('}');
        }
        sb.append("],\"blocks\":[");
        firstItem = true;
        for (Block block : body.blocks()) {
            if (!firstItem) {
                sb.append(',');
            }
            firstItem = false;
            sb.append("{\"type\":");
            GoJson.quote(sb, block.type());
            sb.append(",\"labels\":[");
            for (int i = 0; i < block.labels().size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                GoJson.quote(sb, block.labels().get(i));
            }
            sb.append("],\"range\":");
            GoJson.range(sb, block.range());
            sb.append(",\"body\":");
            body(sb, block.body());
            sb.append('}');
        }
        sb.append("]}");
    }

    /** No variable references and no function calls. */
    static boolean isStatic(Expr expr) {
        if (!expr.variables().isEmpty()) {
            return false;
        }
        boolean[] calls = {false};
        Walks.visitAll(expr, n -> {
            if (n instanceof FunctionCallExpr) {
                calls[0] = true;
            }
        });
        return !calls[0];
    }

    /**
     * {@code {"type":T,"value":V}}, or {@code {"error":true}} when evaluating without a context reports errors, fails,
     * or yields a value cty JSON cannot carry (unknown).
     */
    static String staticValue(Expr expr) {
        String failed = "{\"error\":true}";
        try {
            Evaluated ev = expr.value(null);
            if (ev.hasErrors()) {
                return failed;
            }
            CtyValue v = ev.value();
            return "{\"type\":" + TypeJson.marshal(v.type()) + ",\"value\":" + ValueJson.marshal(v, v.type()) + "}";
        } catch (CtyException | ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            return failed;
        }
    }
}
