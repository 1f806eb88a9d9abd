package io.vertiform.tests.hcl;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar vertiform.jar hcldec} against Debian's Go {@code hcldec} (built here in GOPATH mode) on spec
 * files and inputs covering every spec kind, variables, functions, JSON inputs, {@code --var-refs},
 * {@code --keep-nulls} and error cases: same exit status, same stdout, and with {@code --diags=json} the same
 * stderr.
 */
class HcldecCliDifferentialTest {
    private static Path goHcldec;
    private static Path javaHcldec;

    /** A spec file, input files (name to content) and extra flags. */
    record Case(String name, String spec, Map<String, String> inputs, List<String> flags) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void build() throws Exception {
        goHcldec = HclTools.goCommand("hcldec");
        javaHcldec = HclTools.jarWrapper(Files.createTempDirectory("hcldec-java"), "hcldec");
    }

    static List<Case> cases() {
        List<String> json = List.of("--diags=json", "--with-type", "--keep-nulls");
        List<Case> c = new ArrayList<>();
        c.add(new Case("attrs", "object {\n  attr \"a\" { type = string }\n  attr \"b\" { type = number }\n"
                + "  attr \"c\" {\n    type = list(bool)\n    required = true\n  }\n}\n",
                Map.of("in.hcl", "a = \"x\"\nb = 1.5\nc = [true, false]\n"), json));
        c.add(new Case("attrs-missing-required", "object {\n  attr \"c\" {\n    type = bool\n    required = true\n"
                + "  }\n}\n", Map.of("in.hcl", "d = 1\n"), json));
        c.add(new Case("attr-wrong-type", "attr \"a\" { type = number }\n", Map.of("in.hcl", "a = \"nope\"\n"), json));
        c.add(new Case("strip-nulls", "object {\n  attr \"a\" { type = string }\n  attr \"b\" { type = any }\n}\n",
                Map.of("in.hcl", "b = { x = null, y = [null, 1], z = \"<&>\" }\n"), List.of("--diags=json")));
        c.add(new Case("block-list", "block_list \"item\" {\n  min_items = 1\n  max_items = 2\n  object {\n"
                + "    attr \"v\" { type = number }\n  }\n}\n",
                Map.of("in.hcl", "item { v = 1 }\nitem {\n  v = 2\n}\n"), json));
        c.add(new Case("block-list-too-many", "block_list \"item\" {\n  max_items = 1\n  attr \"v\" { type = any }\n"
                + "}\n", Map.of("in.hcl", "item { v = 1 }\nitem { v = \"x\" }\n"), json));
        c.add(new Case("block-set", "block_set \"item\" {\n  attr \"v\" { type = string }\n}\n",
                Map.of("in.hcl", "item { v = \"b\" }\nitem { v = \"a\" }\nitem { v = \"b\" }\n"), json));
        c.add(new Case("block-map", "block_map \"res\" {\n  labels = [\"type\", \"name\"]\n  object {\n"
                + "    attr \"count\" { type = number }\n  }\n}\n",
                Map.of("in.hcl", "res \"a\" \"x\" { count = 1 }\nres \"a\" \"y\" { count = 2 }\n"
                        + "res \"b\" \"x\" {}\n"), json));
        c.add(new Case("block-map-duplicate", "block_map \"res\" {\n  labels = [\"name\"]\n  object {}\n}\n",
                Map.of("in.hcl", "res \"a\" {}\nres \"a\" {}\n"), json));
        c.add(new Case("block-required-missing", "block {\n  block_type = \"a\"\n  required = true\n  object {}\n}\n",
                Map.of("in.hcl", "b {}\n"), json));
        c.add(new Case("block-duplicate", "block {\n  block_type = \"a\"\n  object {}\n}\n",
                Map.of("in.hcl", "a {}\na {}\n"), json));
        c.add(new Case("default", "default {\n  attr \"a\" { type = string }\n  literal { value = \"fallback\" }\n"
                + "}\n", Map.of("in.hcl", "\n"), json));
        c.add(new Case("transform", "transform {\n  attr \"a\" { type = list(string) }\n"
                + "  result = length(nested)\n}\n", Map.of("in.hcl", "a = [\"x\", \"y\"]\n"), json));
        c.add(new Case("array", "array {\n  attr \"a\" { type = number }\n  literal { value = [1, \"x\"] }\n}\n",
                Map.of("in.hcl", "a = 2 * 21\n"), json));
        c.add(new Case("variables-and-functions", "variables {\n  greeting = \"hello\"\n}\n"
                + "function \"twice\" {\n  params = [x]\n  result = x * 2\n}\n"
                + "object {\n  attr \"a\" { type = string }\n  attr \"b\" { type = number }\n}\n",
                Map.of("in.hcl", "a = \"${greeting} ${upper(\"x\")}\"\nb = twice(21)\n"), json));
        c.add(new Case("user-function-variadic", "function \"sum\" {\n  params = [first]\n  variadic_param = rest\n"
                + "  result = first + length(rest)\n}\nattr \"a\" { type = any }\n",
                Map.of("in.hcl", "a = sum(1, 2, 3)\n"), json));
        c.add(new Case("var-refs", "object {\n  attr \"a\" { type = any }\n  block \"b\" {\n"
                + "    attr \"c\" { type = any }\n  }\n}\n",
                Map.of("in.hcl", "a = foo.bar[0] + baz[\"k\"]\nb {\n  c = [for x in qux: x]\n}\n"),
                List.of("--diags=json", "--var-refs")));
        c.add(new Case("json-input", "object {\n  attr \"a\" { type = string }\n  block_list \"b\" {\n"
                + "    attr \"c\" { type = number }\n  }\n}\n",
                Map.of("in.json", "{\"a\": \"x\", \"b\": [{\"c\": 1}, {\"c\": 2}]}"), json));
        c.add(new Case("json-input-errors", "attr \"a\" { type = string }\n",
                Map.of("in.json", "{\"a\": \"x\", \"zz\": 1, \"a\": 2}"), json));
        c.add(new Case("merged-inputs", "object {\n  attr \"a\" { type = number }\n  attr \"b\" { type = number }\n}\n",
                Map.of("one.hcl", "a = 1\n", "two.hcl", "b = 2\n"), json));
        c.add(new Case("merged-duplicate", "attr \"a\" { type = number }\n",
                Map.of("one.hcl", "a = 1\n", "two.hcl", "a = 2\n"), json));
        c.add(new Case("parse-error", "literal { value = 1 }\n", Map.of("in.hcl", "a = \n"), json));
        c.add(new Case("spec-error", "object {\n  bogus \"x\" {}\n}\n", Map.of("in.hcl", "a = 1\n"), json));
        c.add(new Case("spec-missing-root", "variables {}\n", Map.of("in.hcl", "a = 1\n"), json));
        c.add(new Case("unknown-value", "attr \"a\" { type = any }\n", Map.of("in.hcl", "a = \"${x}\"\n"),
                List.of("--diags=json", "--vars={\"y\": 1}")));
        c.add(new Case("vars-flag", "attr \"a\" { type = any }\n", Map.of("in.hcl", "a = [x, y]\n"),
                List.of("--diags=json", "--with-type", "--vars={\"x\": 1, \"y\": \"two\"}")));
        c.add(new Case("unsupported-argument", "object {\n  attr \"a\" { type = string }\n}\n",
                Map.of("in.hcl", "a = \"x\"\nb = 1\nc {}\n"), json));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sameAsGoHcldec(Case c) throws Exception {
        Path dir = Files.createTempDirectory("hcldec-case");
        Files.writeString(dir.resolve("spec.hcldec"), c.spec(), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>();
        args.add("--spec=spec.hcldec");
        args.addAll(c.flags());
        for (Map.Entry<String, String> in : c.inputs().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            Files.writeString(dir.resolve(in.getKey()), in.getValue(), StandardCharsets.UTF_8);
            args.add(in.getKey());
        }
        HclTools.Output go = HclTools.run(command(goHcldec, args), dir, null);
        HclTools.Output java = HclTools.run(command(javaHcldec, args), dir, null);
        assertThat(java.exit()).as("exit status; go stderr: %s; java stderr: %s", go.stderr(), java.stderr())
                .isEqualTo(go.exit());
        assertThat(java.stdout()).as("stdout").isEqualTo(go.stdout());
        if (c.flags().contains("--diags=json") && go.exit() == 2) {
            assertThat(java.stderr()).as("diagnostics").isEqualTo(go.stderr());
        }
    }

    private static List<String> command(Path bin, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(bin.toString());
        cmd.addAll(args);
        return cmd;
    }
}
