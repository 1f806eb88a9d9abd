package io.vertiform.hcl.hclsyntax;

import io.vertiform.hcl.Range;
import io.vertiform.hcl.Traverser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Shapes of the syntax tree the parser builds; values and ranges are covered by the golden test. */
class SyntaxTreeTest {

    private static Expr expr(String src) {
        var r = HclSyntax.parseExpression(src, "e.hcl");
        assertThat(r.diagnostics().asList()).as(src).isEmpty();
        return r.value();
    }

    private static String r(Range range) {
        return range.start().byteOffset() + "-" + range.end().byteOffset();
    }

    @Test
    void operatorsBindByHclsPrecedence() {
        BinaryOpExpr or = (BinaryOpExpr) expr("a || b && c == d + e * -f");
        assertThat(or.op()).isEqualTo(Operation.LOGICAL_OR);
        BinaryOpExpr and = (BinaryOpExpr) or.rhs();
        assertThat(and.op()).isEqualTo(Operation.LOGICAL_AND);
        BinaryOpExpr eq = (BinaryOpExpr) and.rhs();
        BinaryOpExpr add = (BinaryOpExpr) eq.rhs();
        BinaryOpExpr mul = (BinaryOpExpr) add.rhs();
        assertThat(mul.op()).isEqualTo(Operation.MULTIPLY);
        assertThat(mul.rhs()).isInstanceOf(UnaryOpExpr.class);
        BinaryOpExpr left = (BinaryOpExpr) expr("1 - 2 - 3");
        assertThat(left.lhs()).isInstanceOf(BinaryOpExpr.class);
    }

    @Test
    void constantStepsJoinTheTraversalOthersBecomeIndexExpressions() {
        ScopeTraversalExpr t = (ScopeTraversalExpr) expr("a.b[0][\"k\"].0");
        assertThat(t.traversal().steps()).hasSize(5);
        assertThat(t.traversal().steps().get(4)).isInstanceOf(Traverser.Index.class);
        IndexExpr i = (IndexExpr) expr("a[b]");
        assertThat(i.key()).isInstanceOf(ScopeTraversalExpr.class);
        RelativeTraversalExpr rel = (RelativeTraversalExpr) expr("f(x).y");
        assertThat(rel.source()).isInstanceOf(FunctionCallExpr.class);
    }

    private static io.vertiform.hcl.Result<Expr> terraform(String src) {
        return HclSyntax.parseExpression(src.getBytes(java.nio.charset.StandardCharsets.UTF_8), "e.hcl",
                io.vertiform.hcl.Pos.INITIAL, ParseOptions.TERRAFORM);
    }

    @Test
    void namespacedFunctionNamesAsTerraformProviderFunctionsUseThem() {
        FunctionCallExpr call = (FunctionCallExpr) terraform("provider::vertiform::upper(\"hi\")").value();
        assertThat(call.name()).isEqualTo("provider::vertiform::upper");
        assertThat(call.args()).hasSize(1);
        assertThat(r(call.range())).isEqualTo("0-32");
        assertThat(((FunctionCallExpr) terraform("core :: max(1, 2)").value()).name()).isEqualTo("core::max");
        // colons apart are not a namespace separator, and a conditional's colon still works after a call
        assertThat(terraform("a: :b()").diagnostics().hasErrors()).isTrue();
        assertThat(terraform("c ? f(x) : g(y)").value()).isInstanceOf(ConditionalExpr.class);
    }

    @Test
    void namespacedNamesAreHcl214ErrorsUnlessAskedFor() {
        assertThat(HclSyntax.parseExpression("provider::vertiform::upper(\"hi\")", "e.hcl").diagnostics().hasErrors())
                .isTrue();
        String config = "a = \"${provider::vertiform::upper(\"hi\")}\"\nb = provider::vertiform::lower(\"X\")\n";
        byte[] src = config.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(HclSyntax.parseConfig(src, "c.tf", io.vertiform.hcl.Pos.INITIAL).diagnostics().hasErrors()).isTrue();
        var parsed = HclSyntax.parseConfig(src, "c.tf", io.vertiform.hcl.Pos.INITIAL, ParseOptions.TERRAFORM);
        assertThat(parsed.diagnostics().asList()).isEmpty();
        Body body = (Body) parsed.value().body();
        assertThat(((FunctionCallExpr) body.attributes().get("b").expr()).name()).isEqualTo("provider::vertiform::lower");
        var template = HclSyntax.parseTemplate("${provider::a::b()}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "t.tmpl", io.vertiform.hcl.Pos.INITIAL, ParseOptions.TERRAFORM);
        assertThat(template.diagnostics().asList()).isEmpty();
    }

    @Test
    void brokenNamespacedNamesAreRangedErrors() {
        var missingName = terraform("provider::(1)");
        assertThat(missingName.diagnostics().asList()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Missing function name");
            assertThat(r(d.subject())).isEqualTo("10-11");
        });
        var missingParen = terraform("provider::x::upper");
        assertThat(missingParen.diagnostics().asList()).singleElement().satisfies(d -> {
            assertThat(d.summary()).isEqualTo("Missing open parenthesis");
            assertThat(r(d.subject())).isEqualTo("18-18");
        });
    }

    @Test
    void splatsWrapTheRemainingTraversal() {
        SplatExpr full = (SplatExpr) expr("a[*].b.c");
        assertThat(full.each()).isInstanceOf(RelativeTraversalExpr.class);
        assertThat(r(full.markerRange())).isEqualTo("1-4");
        SplatExpr attr = (SplatExpr) expr("a.*.b");
        assertThat(r(attr.range())).isEqualTo("0-5");
    }

    @Test
    void templatesAreLiteralsInterpolationsAndDirectives() {
        assertThat(expr("\"${x}\"")).isInstanceOf(TemplateWrapExpr.class);
        TemplateExpr t = (TemplateExpr) expr("\"a ${x} %{ if y }b%{ endif }\"");
        assertThat(t.parts()).hasSize(4);
        assertThat(t.parts().get(1)).isInstanceOf(ScopeTraversalExpr.class);
        assertThat(t.parts().get(3)).isInstanceOf(ConditionalExpr.class);
        TemplateExpr f = (TemplateExpr) expr("\"%{ for v in l }${v}%{ endfor }\"");
        assertThat(f.parts().get(0)).isInstanceOf(TemplateJoinExpr.class);
    }

    @Test
    void forExpressionsAndObjectKeys() {
        ForExpr f = (ForExpr) expr("{for k, v in m: k => v... if v != null}");
        assertThat(f.keyVar()).isEqualTo("k");
        assertThat(f.group()).isTrue();
        assertThat(f.condExpr()).isNotNull();
        assertThat(f.variables()).extracting(t -> t.rootName()).containsExactly("m");
        ObjectConsExpr o = (ObjectConsExpr) expr("{a = 1, (b) = 2}");
        assertThat(o.items().get(0).keyExpr().forceNonLiteral()).isFalse();
        assertThat(o.items().get(1).keyExpr().forceNonLiteral()).isTrue();
        assertThat(o.variables()).extracting(t -> t.rootName()).containsExactly("b");
    }

    @Test
    void bodiesKeepAttributesAndBlocksInSourceOrder() {
        var file = HclSyntax.parseConfig("b = 1\na \"x\" \"y\" {\n  c = 2\n}\nd = 3\n", "f.hcl");
        Body body = (Body) file.value().body();
        assertThat(body.attributes().keySet()).containsExactly("b", "d");
        Block block = body.blocks().get(0);
        assertThat(block.labels()).containsExactly("x", "y");
        assertThat(r(block.range())).isEqualTo("6-27");
        assertThat(r(block.defRange())).isEqualTo("6-15");
    }
}
