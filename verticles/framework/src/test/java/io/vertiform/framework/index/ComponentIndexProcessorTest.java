package io.vertiform.framework.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComponentIndexProcessorTest {

    @TempDir
    Path dir;

    private List<Diagnostic<? extends JavaFileObject>> compile(String... sources) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/demo"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            Path f = src.resolve("C" + i + ".java");
            Files.writeString(f, sources[i]);
            files.add(f);
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null)) {
            JavaCompiler.CompilationTask task = javac.getTask(null, fm, diags,
                    List.of("-d", out.toString(), "-classpath", System.getProperty("java.class.path"), "-proc:only"),
                    null, fm.getJavaFileObjectsFromPaths(files));
            task.setProcessors(List.of(new ComponentIndexProcessor()));
            task.call();
        }
        return diags.getDiagnostics();
    }

    @Test
    void writesOneLinePerComponent() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> d = compile(
                "package demo; @io.vertiform.framework.annotation.Resource(\"demo_a\") public class C0 {}",
                "package demo; @io.vertiform.framework.annotation.Function(\"f\") public class C1 { public static class X {} }");
        assertThat(d).noneMatch(x -> x.getKind() == Diagnostic.Kind.ERROR);
        List<String> lines = Files.readAllLines(dir.resolve("out/META-INF/vertiform/components"));
        assertThat(lines).contains("resource\tdemo_a\tdemo.C0", "function\tf\tdemo.C1");
    }

    @Test
    void refusesComponentsTheFrameworkCouldNotInstantiate() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> d = compile(
                "package demo; @io.vertiform.framework.annotation.Resource(\"x\") public class C0 { public C0(int a) {} }",
                "package demo; @io.vertiform.framework.annotation.DataSource(\"y\") abstract class C1 {}");
        assertThat(d).filteredOn(x -> x.getKind() == Diagnostic.Kind.ERROR)
                .extracting(x -> x.getMessage(Locale.ROOT))
                .containsExactlyInAnyOrder("a component class needs a public no-argument constructor",
                        "a component class must be public and concrete");
    }
}
