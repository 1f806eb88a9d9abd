package io.vertiform.testkit.provider;

import io.vertiform.framework.registry.ComponentRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 side of {@link ProviderTest}: a harness per test, closed after it. The first session's working
 * directory is a fresh temporary directory, deleted afterwards.
 */
public final class ProviderExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ProviderExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        ProviderTest config = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ProviderTest.class)
                .orElseThrow(() -> new IllegalStateException("ProviderExtension needs @ProviderTest on the class"));
        ComponentRegistry registry;
        if (config.components().length == 0) {
            registry = ComponentRegistry.fromIndex(context.getRequiredTestClass().getClassLoader());
        } else {
            ComponentRegistry.Builder b = ComponentRegistry.builder();
            for (Class<?> c : config.components()) {
                b.add(c);
            }
            registry = b.build();
        }
        Path cwd;
        try {
            cwd = Files.createTempDirectory("vertiform-provider-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getStore(NS).put(Path.class, cwd);
        ProviderHarness harness = ProviderHarness.start(registry);
        ProviderClient client = harness.session(env(config.env()), cwd.toString());
        context.getStore(NS).put(ProviderHarness.class, harness);
        context.getStore(NS).put(ProviderClient.class, client);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ProviderHarness h = context.getStore(NS).remove(ProviderHarness.class, ProviderHarness.class);
        try {
            if (h != null) {
                h.close();
            }
        } finally {
            Path cwd = context.getStore(NS).remove(Path.class, Path.class);
            if (cwd != null) {
                deleteTree(cwd);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + root, e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> t = p.getParameter().getType();
        return t == ProviderClient.class || t == ProviderHarness.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        Object v = e.getStore(NS).get(p.getParameter().getType());
        if (v == null) {
            throw new ParameterResolutionException("no provider harness for " + p.getParameter());
        }
        return v;
    }

    static Map<String, String> env(String[] entries) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String e : entries) {
            int eq = e.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("env entries are NAME=value, got: " + e);
            }
            env.put(e.substring(0, eq), e.substring(eq + 1));
        }
        return env;
    }
}
