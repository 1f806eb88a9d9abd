package io.vertiform.tests.hcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.hcl.Diagnostic;
import io.vertiform.hcl.File;
import io.vertiform.hcl.Pos;
import io.vertiform.hcl.Result;
import io.vertiform.hcl.hclsyntax.FunctionCallExpr;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import io.vertiform.hcl.hclsyntax.Node;
import io.vertiform.hcl.hclsyntax.ParseOptions;
import io.vertiform.hcl.hclsyntax.Walks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The standard provider's documentation examples and the README demo are Terraform 1.8+ configurations (they
 * call provider functions as {@code provider::vertiform::<name>(...)}; each was checked with a real
 * {@code terraform validate}). Parsed with {@link ParseOptions#TERRAFORM} they have no errors, and every function's
 * example calls that function; hcl 2.14.1's grammar ({@link ParseOptions#DEFAULT}) refuses the namespaced names.
 */
class TerraformSyntaxExamplesTest {

    private static final Path PLATING = Path.of("verticles/components/src/main/resources/plating");

    @Test
    void everyExampleParsesAsTerraformAndEachFunctionExampleCallsItsFunction() throws IOException {
        Path root = HclTools.root();
        List<Path> examples;
        try (Stream<Path> files = Files.walk(root.resolve(PLATING))) {
            examples = new ArrayList<>(files.filter(p -> p.toString().endsWith(".tf")).sorted().toList());
        }
        examples.add(root.resolve("docs/examples/quickstart/main.tf"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(40);

        List<String> problems = new ArrayList<>();
        int functionExamples = 0;
        for (Path example : examples) {
            Result<File> parsed = parse(example, ParseOptions.TERRAFORM);
            for (Diagnostic d : parsed.diagnostics().asList()) {
                problems.add(root.relativize(example) + ": " + d.summary() + " at " + d.subject());
            }
            String component = example.getParent().getParent().getFileName().toString();
            if (component.startsWith("function_")) {
                functionExamples++;
                String expected = "provider::vertiform::" + component.substring("function_".length());
                Set<String> called = namespacedCalls(parsed);
                if (!called.contains(expected)) {
                    problems.add(root.relativize(example) + ": calls " + called + ", not " + expected);
                }
                if (!parse(example, ParseOptions.DEFAULT).diagnostics().hasErrors()) {
                    problems.add(root.relativize(example) + ": hcl 2.14.1's grammar accepted a namespaced name");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(functionExamples).isEqualTo(25);
    }

    private static Result<File> parse(Path file, ParseOptions options) throws IOException {
        return HclSyntax.parseConfig(Files.readAllBytes(file), file.getFileName().toString(), Pos.INITIAL, options);
    }

    private static Set<String> namespacedCalls(Result<File> parsed) {
        Set<String> names = new TreeSet<>();
        Walks.visitAll((Node) parsed.value().body(), node -> {
            if (node instanceof FunctionCallExpr call && call.name().contains("::")) {
                names.add(call.name());
            }
        });
        return names;
    }
}
