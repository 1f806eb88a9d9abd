package io.vertiform.launcher.demo.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.contracts.provider.Schema;
import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleLoaderTest {

    static final Schema.Block FILE = new Schema.Block(0, List.of(
            Schema.Attribute.of("filename", CtyType.STRING, true, false, false),
            Schema.Attribute.of("content", CtyType.STRING, true, false, false),
            Schema.Attribute.of("content_hash", CtyType.STRING, false, false, true)), List.of(), "", null, false, "",
            false);

    @TempDir
    Path dir;

    DemoModule load(String text) throws Exception {
        Files.writeString(dir.resolve("main.tf"), text);
        return ModuleLoader.load(dir);
    }

    @Test
    void readsVariablesProviderResourcesAndOutputsInSourceOrder() throws Exception {
        DemoModule m = load("""
                terraform {
                  required_providers {
                    vertiform = { source = "local/vertiform/vertiform" }
                  }
                }
                variable "n" {
                  type    = number
                  default = "42"
                }
                variable "free" {}
                provider "vertiform" {}
                resource "t_a" "one" { filename = "x" }
                resource "t_b" "two" { filename = "y" }
                output "o" { value = t_a.one.filename }
                """);

        assertThat(m.variables().keySet()).containsExactly("n", "free");
        assertThat(m.variables().get("n").defaultValue()).isEqualTo(CtyValue.numberIntVal(42));
        assertThat(m.variables().get("free").type()).isEqualTo(CtyType.DYNAMIC);
        assertThat(m.variables().get("free").defaultValue()).isNull();
        assertThat(m.providerName()).isEqualTo("vertiform");
        assertThat(m.resources()).extracting(ResourceDecl::address).containsExactly("t_a.one", "t_b.two");
        assertThat(m.outputs()).extracting(OutputDecl::name).containsExactly("o");
    }

    @Test
    void blocksOutsideTheSubsetAreErrorsWithTheirRange() {
        assertThatThrownBy(() -> load("locals {\n  a = 1\n}\n")).isInstanceOf(ModuleException.class)
                .hasMessageContaining("main.tf:1,1-7").hasMessageContaining("Unsupported block type");
    }

    @Test
    void aDefaultThatDoesNotFitTheTypeIsAnError() {
        assertThatThrownBy(() -> load("variable \"n\" {\n  type = number\n  default = \"x\"\n}\n"))
                .isInstanceOf(ModuleException.class).hasMessageContaining("default of variable \"n\"");
    }

    @Test
    void variablesAreOverriddenLikeTerraformsVarOption() throws Exception {
        DemoModule m = load("""
                variable "s" { default = "a" }
                variable "n" {
                  type    = number
                  default = 1
                }
                variable "hidden" {
                  default   = "h"
                  sensitive = true
                }
                """);

        Map<String, CtyValue> v = VariableValues.resolve(m, Map.of("s", "1 + 1", "n", "1 + 1"));

        assertThat(v.get("s")).as("string variables take the text literally").isEqualTo(CtyValue.stringVal("1 + 1"));
        assertThat(v.get("n")).as("others parse it as an expression").isEqualTo(CtyValue.numberIntVal(2));
        assertThat(v.get("hidden").hasMark(VariableValues.SENSITIVE)).isTrue();
        assertThatThrownBy(() -> VariableValues.resolve(m, Map.of("nope", "1")))
                .hasMessageContaining("undeclared variable \"nope\"");
    }

    @Test
    void aVariableWithoutDefaultNeedsAValue() throws Exception {
        DemoModule m = load("variable \"x\" {}\n");
        assertThatThrownBy(() -> VariableValues.resolve(m, Map.of())).hasMessageContaining("\"x\" has no default");
        assertThat(VariableValues.resolve(m, Map.of("x", "given")).get("x")).isEqualTo(CtyValue.stringVal("given"));
    }

    @Test
    void resourcesComeAfterWhatTheyReferToAndCyclesAreReported() throws Exception {
        DemoModule m = load("""
                resource "t_file" "c" {
                  filename = t_file.b.filename
                  content  = t_file.a.content_hash
                }
                resource "t_file" "b" {
                  filename = "${t_file.a.filename}.b"
                  content  = var.x
                }
                resource "t_file" "a" {
                  filename = "a"
                  content  = "a"
                }
                """);

        assertThat(DependencyOrder.of(m.resources(), t -> FILE)).extracting(ResourceDecl::address)
                .containsExactly("t_file.a", "t_file.b", "t_file.c");

        DemoModule cyclic = load("""
                resource "t_file" "a" {
                  filename = t_file.b.filename
                  content  = "a"
                }
                resource "t_file" "b" {
                  filename = t_file.a.filename
                  content  = "b"
                }
                """);
        assertThatThrownBy(() -> DependencyOrder.of(cyclic.resources(), t -> FILE))
                .hasMessageContaining("cycle between resources: [t_file.a, t_file.b]");
    }

    @Test
    void resourceBodiesDecodeAgainstTheSchemaWithReferencesResolved() throws Exception {
        DemoModule m = load("""
                variable "greeting" { default = "hi" }
                resource "t_file" "a" {
                  filename = "${path.module}/a.txt"
                  content  = upper(var.greeting)
                }
                resource "t_file" "b" {
                  filename = t_file.a.content_hash
                  content  = "x"
                }
                """);
        ModuleScope scope = new ModuleScope(VariableValues.resolve(m, Map.of()), dir);

        CtyValue a = scope.decode(m.resources().get(0).body(), FILE, "t_file.a");
        assertThat(a.getAttr("filename")).isEqualTo(CtyValue.stringVal("./a.txt"));
        assertThat(a.getAttr("content")).isEqualTo(CtyValue.stringVal("HI"));
        assertThat(a.getAttr("content_hash").isNull()).isTrue();

        scope.set(m.resources().get(0), CtyValue.objectVal(Map.of("filename", CtyValue.stringVal("./a.txt"),
                "content", CtyValue.stringVal("HI"), "content_hash", CtyValue.stringVal("abc"))));
        assertThat(scope.decode(m.resources().get(1).body(), FILE, "t_file.b").getAttr("filename"))
                .isEqualTo(CtyValue.stringVal("abc"));
    }

    @Test
    void anUnknownAttributeIsReportedWhereItIs() throws Exception {
        DemoModule m = load("resource \"t_file\" \"a\" {\n  filename = \"a\"\n  content = \"b\"\n  color = 1\n}\n");
        ModuleScope scope = new ModuleScope(Map.of(), dir);
        assertThatThrownBy(() -> scope.decode(m.resources().get(0).body(), FILE, "t_file.a"))
                .hasMessageContaining("t_file.a").hasMessageContaining("main.tf:4,3-8")
                .hasMessageContaining("Unsupported argument");
    }
}
