package io.vertiform.hcl.fuzz;

import io.vertiform.hcl.Attribute;
import io.vertiform.hcl.Block;
import io.vertiform.hcl.Body;
import io.vertiform.hcl.BodySchema;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Expression;
import io.vertiform.hcl.File;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.ext.TypeExpr;
import io.vertiform.hcl.function.Stdlib;
import io.vertiform.hcl.hclsyntax.Expr;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import io.vertiform.hcl.json.JsonSyntax;
import io.vertiform.hcl.tools.FileSummary;

import java.util.List;
import java.util.Map;

/**
 * What the fuzz tests run on each input: every parser entry point, then evaluation and static analysis of
 * whatever was parsed. Parsing must never throw, whatever the bytes; evaluation may only fail the ways hcl's
 * Go implementation panics too (a runtime exception from cty for operations Go rejects by panicking).
 */
final class FuzzTargets {
    private static final EvalContext CTX = EvalContext.of(Map.of(), Stdlib.hcldecFunctions());

    private FuzzTargets() {
    }

    /** The first byte picks the entry point, as in hcl's own fuzz corpus: config, expression, template, traversal. */
    static void run(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] src = java.util.Arrays.copyOfRange(input, 1, input.length);
        switch (Math.floorMod(input[0], 5)) {
            case 0 -> config(src);
            case 1 -> expression(HclSyntax.parseExpression(src, "fuzz.hcle", Pos.INITIAL));
            case 2 -> expression(HclSyntax.parseTemplate(src, "fuzz.tmpl", Pos.INITIAL));
            case 3 -> HclSyntax.parseTraversalAbs(src, "fuzz.hclt", Pos.INITIAL);
            default -> json(src);
        }
    }

    private static void config(byte[] src) {
        Result<File> f = HclSyntax.parseConfig(src, "fuzz.hcl", Pos.INITIAL);
        FileSummary.line("fuzz.hcl", src);
        body(f.value().body(), 0);
    }

    private static void json(byte[] src) {
        Result<File> f = JsonSyntax.parse(src, "fuzz.json");
        body(f.value().body(), 0);
        Body body = f.value().body();
        body.content(new BodySchema(List.of(new BodySchema.AttributeSchema("a", false)),
                List.of(new BodySchema.BlockHeaderSchema("b", List.of("x")))));
    }

    private static void body(Body body, int depth) {
        if (depth > 8) {
            return;
        }
        Result<Map<String, Attribute>> attrs = body.justAttributes();
        for (Attribute a : attrs.value().values()) {
            evaluate(a.expr());
        }
        if (body instanceof io.vertiform.hcl.hclsyntax.Body syntax) {
            for (io.vertiform.hcl.hclsyntax.Block b : syntax.blocks()) {
                Block hb = b.asHclBlock();
                body(hb.body(), depth + 1);
            }
        }
    }

    private static void expression(Result<Expr> parsed) {
        evaluate(parsed.value());
        TypeExpr.typeConstraint(parsed.value());
    }

    private static void evaluate(Expression expr) {
        expr.variables();
        try {
            expr.value(null);
            expr.value(CTX);
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            // hcl panics on the same inputs (e.g. mixed-type list splats, modulo of infinities): not a finding.
        }
    }
}
