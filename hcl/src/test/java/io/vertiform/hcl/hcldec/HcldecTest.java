package io.vertiform.hcl.hcldec;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.ValueJson;
import io.vertiform.hcl.Body;
import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.EvalContext;
import io.vertiform.hcl.Evaluated;
import io.vertiform.hcl.Traversal;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import io.vertiform.hcl.json.JsonSyntax;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HcldecTest {
    private static final Spec SPEC = new ObjectSpec(Map.of(
            "name", new AttrSpec("name", CtyType.STRING, true),
            "size", new DefaultSpec(new AttrSpec("size", CtyType.NUMBER, false), new LiteralSpec(CtyValue.numberIntVal(1))),
            "rules", new BlockListSpec("rule", new ObjectSpec(Map.of(
                    "port", new AttrSpec("port", CtyType.NUMBER, true),
                    "kind", new BlockLabelSpec(0, "kind"))), 0, 0),
            "tags", new BlockAttrsSpec("tags", CtyType.STRING, false)));

    private static Body nativeBody(String src) {
        return HclSyntax.parseConfig(src, "t.hcl").value().body();
    }

    @Test
    void decodesAValueOfTheImpliedType() {
        Evaluated v = Hcldec.decode(nativeBody("name = \"web\"\nrule \"tcp\" { port = 80 }\nrule \"udp\" {\n  port = 53\n}\n"
                + "tags {\n  a = \"x\"\n}\n"), SPEC, null);
        assertThat(v.diagnostics().asList()).isEmpty();
        assertThat(v.value().type()).isEqualTo(SPEC.impliedType());
        assertThat(ValueJson.marshal(v.value(), v.value().type())).isEqualTo("{\"name\":\"web\",\"rules\":"
                + "[{\"kind\":\"tcp\",\"port\":80},{\"kind\":\"udp\",\"port\":53}],\"size\":1,\"tags\":{\"a\":\"x\"}}");
    }

    @Test
    void jsonSyntaxDecodesTheSame() {
        String json = "{\"name\": \"web\", \"rule\": {\"tcp\": {\"port\": 80}, \"udp\": [{\"port\": 53}]},"
                + " \"tags\": {\"a\": \"x\"}}";
        Evaluated v = Hcldec.decode(JsonSyntax.parse(json.getBytes(StandardCharsets.UTF_8), "t.json").value().body(),
                SPEC, null);
        assertThat(v.diagnostics().asList()).isEmpty();
        assertThat(ValueJson.marshal(v.value(), v.value().type())).isEqualTo("{\"name\":\"web\",\"rules\":"
                + "[{\"kind\":\"tcp\",\"port\":80},{\"kind\":\"udp\",\"port\":53}],\"size\":1,\"tags\":{\"a\":\"x\"}}");
    }

    @Test
    void reportsMissingAndUnexpectedItems() {
        Evaluated v = Hcldec.decode(nativeBody("bogus = 1\nrule {}\n"), SPEC, null);
        assertThat(v.diagnostics().asList()).extracting(Diagnostic::summary).containsExactly(
                "Missing required argument", "Missing kind for rule", "Unsupported argument");
    }

    @Test
    void listsTheVariablesDecodingWouldNeed() {
        List<Traversal> vars = Hcldec.variables(nativeBody("name = var.a\nrule \"x\" { port = local.p[0] }\n"), SPEC);
        assertThat(vars).extracting(Traversal::rootName).containsExactly("var", "local");
        Evaluated v = Hcldec.decode(nativeBody("name = var.a\n"), new AttrSpec("name", CtyType.STRING, true),
                EvalContext.ofVariables(Map.of("var", CtyValue.objectVal(Map.of("a", CtyValue.stringVal("z"))))));
        assertThat(v.value().asString()).isEqualTo("z");
    }

    @Test
    void specFilesBuildSpecs() {
        var loaded = SpecFile.load(("object {\n  attr \"a\" { type = list(number) }\n  block_map \"b\" {\n"
                + "    labels = [\"k\"]\n    attr {\n      name = \"c\"\n      type = string\n    }\n  }\n}\n").getBytes(StandardCharsets.UTF_8),
                "s.hcldec");
        assertThat(loaded.diagnostics().asList()).isEmpty();
        assertThat(loaded.value().rootSpec().impliedType()).isEqualTo(CtyType.object(Map.of(
                "a", CtyType.list(CtyType.NUMBER), "b", CtyType.map(CtyType.STRING))));
    }
}
