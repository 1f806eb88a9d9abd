package io.vertiform.testkit.log;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Injects a {@link LogCapture} (from trace up) into test and {@code @BeforeEach} methods; one capture per
 * test, closed after it.
 */
public final class LogCaptureExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LogCaptureExtension.class);
    private static final String KEY = "capture";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LogCapture.class && context.getTestMethod().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(KEY, k -> LogCapture.start(), LogCapture.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        LogCapture capture = context.getStore(NAMESPACE).remove(KEY, LogCapture.class);
        if (capture != null) {
            capture.close();
        }
    }
}
