package io.vertiform.testkit.random;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Injects a {@link SeededRandom} into test methods, {@code @BeforeEach} and {@code @AfterEach} methods (one
 * instance per test, shared by all of them). When a test that used it fails, the failure gets a suppressed
 * {@link SeedReport} saying {@code replay with -Dvertiform.seed=N}, which is also printed to stderr.
 *
 * <pre>{@code
 * @ExtendWith(SeedExtension.class)
 * class MyTest {
 *     @Test void roundTrips(SeededRandom random) { ... random.unicodeString(40) ... }
 * }
 * }</pre>
 */
public final class SeedExtension implements ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SeedExtension.class);
    private static final String KEY = "random";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SeededRandom.class && context.getTestMethod().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("SeededRandom is per test; it cannot be injected here");
        }
        return state(context).random();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw report(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw report(context, throwable);
    }

    @Override
    public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable throwable)
            throws Throwable {
        throw report(context, throwable);
    }

    /** The replay hint for the current test, when it used a {@link SeededRandom}. */
    public static Optional<String> replayHint(ExtensionContext context) {
        State state = context.getStore(NAMESPACE).get(KEY, State.class);
        return state == null ? Optional.empty() : Optional.of(state.hint());
    }

    private static Throwable report(ExtensionContext context, Throwable throwable) {
        Optional<String> hint = replayHint(context);
        if (hint.isPresent()) {
            boolean already = false;
            for (Throwable s : throwable.getSuppressed()) {
                already |= s instanceof SeedReport;
            }
            if (!already) {
                throwable.addSuppressed(new SeedReport(hint.get()));
                System.err.println("[" + context.getDisplayName() + "] " + hint.get());
                context.publishReportEntry("vertiform.seed", hint.get());
            }
        }
        return throwable;
    }

    private static State state(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, k -> newState(context), State.class);
    }

    private static State newState(ExtensionContext context) {
        Optional<Seed> pinned = pinnedSeed(context);
        if (pinned.isPresent()) {
            long seed = pinned.get().value();
            return new State(new SeededRandom(seed), "seed pinned by @Seed(" + seed + "L)");
        }
        SeedSource.BaseSeed base = SeedSource.runSeed();
        long testSeed = SeedSource.derive(base.value(), context.getUniqueId());
        return new State(new SeededRandom(testSeed),
                "replay with -D" + SeedSource.PROPERTY + "=" + base.value()
                        + " (base seed from " + base.origin() + ", test seed " + testSeed + ")");
    }

    private static Optional<Seed> pinnedSeed(ExtensionContext context) {
        Optional<Seed> onMethod = context.getTestMethod().map(m -> annotation(m));
        if (onMethod.isPresent()) {
            return onMethod;
        }
        for (Optional<Class<?>> c = context.getTestClass(); c.isPresent(); c = enclosing(c.get())) {
            Seed s = annotation(c.get());
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<Class<?>> enclosing(Class<?> type) {
        return Optional.ofNullable(type.getEnclosingClass());
    }

    private static Seed annotation(AnnotatedElement element) {
        return element.getAnnotation(Seed.class);
    }

    private record State(SeededRandom random, String hint) {
    }
}
