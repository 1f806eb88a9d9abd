package io.vertiform.components.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.provider.ProviderFunction;
import io.vertiform.cty.CtyType;
import io.vertiform.framework.annotation.Function;
import io.vertiform.framework.function.FunctionHandler;
import io.vertiform.framework.registry.ComponentDescriptor;
import io.vertiform.framework.registry.ComponentKind;
import io.vertiform.framework.registry.ComponentRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The functions the provider serves (from the component index), their signatures and their doc examples. */
class FunctionCatalogTest {

    static final List<String> NAMES = List.of("upper", "lower", "format", "join", "split", "replace",
            "to_snake_case", "to_camel_case", "to_kebab_case", "format_size", "truncate", "pluralize", "add",
            "subtract", "multiply", "divide", "min", "max", "sum", "round", "length", "contains", "lookup",
            "tostring", "lens_jq");

    private static Map<String, ProviderFunction> functions() {
        ComponentRegistry registry = ComponentRegistry.fromIndex(FunctionCatalogTest.class.getClassLoader());
        return registry.all(ComponentKind.FUNCTION).stream().collect(Collectors.toMap(ComponentDescriptor::name,
                d -> ((FunctionHandler) d.newInstance()).definition().toContract()));
    }

    @Test
    void everyFunctionIsIndexedWithASummary() {
        Map<String, ProviderFunction> fns = functions();
        assertThat(fns.keySet()).containsAll(NAMES);
        for (String name : NAMES) {
            assertThat(fns.get(name).summary()).as(name).isNotBlank();
            assertThat(fns.get(name).description()).as(name).isNotBlank();
        }
    }

    @Test
    void optionalArgumentsAreTheVariadicTail() {
        Map<String, ProviderFunction> fns = functions();
        Map<String, String> variadic = Map.of("to_camel_case", "upper_first", "format_size", "precision",
                "truncate", "options", "pluralize", "options", "round", "precision", "lookup", "default");
        variadic.forEach((fn, param) -> assertThat(fns.get(fn).variadicParameter().name()).as(fn).isEqualTo(param));
        NAMES.stream().filter(n -> !variadic.containsKey(n))
                .forEach(n -> assertThat(fns.get(n).variadicParameter()).as(n).isNull());
        assertThat(fns.get("lookup").returnType().type()).isEqualTo(CtyType.DYNAMIC);
        assertThat(fns.get("lens_jq").returnType().type()).isEqualTo(CtyType.DYNAMIC);
        assertThat(fns.get("split").returnType().type()).isEqualTo(CtyType.list(CtyType.STRING));
        assertThat(fns.get("contains").parameters()).extracting(ProviderFunction.Parameter::type)
                .containsOnly(CtyType.DYNAMIC);
    }

    @Test
    void everyFunctionHasADocExampleCallingIt() throws IOException {
        for (String name : NAMES) {
            String path = "plating/function_" + name + "/examples/example.tf";
            try (InputStream in = FunctionCatalogTest.class.getClassLoader().getResourceAsStream(path)) {
                assertThat(in).as(path).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(path)
                        .contains("provider::vertiform::" + name + "(");
            }
        }
    }

    @Test
    void classNamesFollowTheFunctionNames() {
        for (Class<?> c : List.of(UpperFunction.class, ToCamelCaseFunction.class, LensJqFunction.class)) {
            String name = c.getAnnotation(Function.class).value();
            assertThat(c.getSimpleName().toLowerCase()).startsWith(name.replace("_", ""));
        }
    }
}
