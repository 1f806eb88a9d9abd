package io.vertiform.testkit.provider;

import io.vertiform.framework.registry.ComponentRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 side of {@link ProviderTest}: one class-template run per transport (the event bus, or each
 * requested plugin protocol), and in each a harness per test, closed after it. The first session's working
 * directory is a fresh temporary directory, deleted afterwards.
 */
public final class ProviderExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver,
        ClassTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ProviderExtension.class);
    /** Store key of the protocol the current class-template invocation runs over; 0 means the event bus. */
    private static final String PROTOCOL = "protocol";

    @Override
    public boolean supportsClassTemplate(ExtensionContext context) {
        return AnnotationSupport.isAnnotated(context.getRequiredTestClass(), ProviderTest.class);
    }

    @Override
    public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(ExtensionContext context) {
        ProviderTest config = config(context);
        if (config.protocols().length == 0) {
            return Stream.of(new Invocation(0));
        }
        List<ClassTemplateInvocationContext> runs = new ArrayList<>();
        for (int protocol : config.protocols()) {
            // Fail the whole class up front, naming the missing module, rather than every test one by one.
            WireTransports.forProtocol(protocol, context.getRequiredTestClass().getClassLoader());
            runs.add(new Invocation(protocol));
        }
        return runs.stream();
    }

    /** One run of the class: over the bus (0) or over a plugin protocol. */
    private record Invocation(int protocol) implements ClassTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return protocol == 0 ? "[event bus]" : "[protocol " + protocol + "]";
        }

        @Override
        public void prepareInvocation(ExtensionContext context) {
            context.getStore(NS).put(PROTOCOL, protocol);
        }
    }

    private static ProviderTest config(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), ProviderTest.class)
                .orElseThrow(() -> new IllegalStateException("ProviderExtension needs @ProviderTest on the class"));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ProviderTest config = config(context);
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
        Integer protocol = context.getStore(NS).get(PROTOCOL, Integer.class);
        ProviderHarness harness = protocol == null || protocol == 0 ? ProviderHarness.start(registry)
                : ProviderHarness.startOverProtocol(registry, protocol);
        // Stored before the first session opens, so afterEach closes it even if that fails.
        context.getStore(NS).put(ProviderHarness.class, harness);
        context.getStore(NS).put(ProviderClient.class, harness.session(env(config.env()), cwd.toString()));
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
