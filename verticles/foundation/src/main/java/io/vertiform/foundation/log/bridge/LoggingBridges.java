package io.vertiform.foundation.log.bridge;

import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import io.vertiform.foundation.log.Level;
import io.vertiform.foundation.log.VertiformLogger;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Logger;

/**
 * Routes third-party logging into Vertiform's pipeline.
 *
 * <ul>
 *   <li>Vert.x 5 picks its backend in {@code io.vertx.core.internal.logging.LoggerFactory}: the system property
 *       {@code vertx.logger-delegate-factory-class-name}, else SLF4J or Log4j2 when present, else JUL. We pin
 *       JUL so a stray SLF4J jar cannot take over.</li>
 *   <li>Netty's {@link InternalLoggerFactory} likewise prefers SLF4J/Log4j; we set it to JUL.</li>
 *   <li>Hazelcast reads {@code hazelcast.logging.type}; we set {@code jdk}.</li>
 *   <li>SLF4J 2 (if it ever appears without a provider) reports on the stream named by
 *       {@code slf4j.internal.report.stream}; we pin {@code stderr}, since {@code stdout} is a legal value.</li>
 * </ul>
 * The JUL root logger then gets a single {@link JulBridgeHandler} instead of the default console handler.
 * Properties a user set explicitly are left alone.
 */
public final class LoggingBridges {

    private static Handler installed;

    private LoggingBridges() {
    }

    public static synchronized void install(Function<String, VertiformLogger> loggers, Level threshold) {
        setIfAbsent("vertx.logger-delegate-factory-class-name", "io.vertx.core.logging.JULLogDelegateFactory");
        setIfAbsent("hazelcast.logging.type", "jdk");
        setIfAbsent("slf4j.internal.report.stream", "stderr");
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);

        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        installed = new JulBridgeHandler(loggers);
        installed.setLevel(java.util.logging.Level.ALL);
        root.addHandler(installed);
        root.setLevel(JulBridgeHandler.toJul(threshold));
    }

    /** Adjusts the JUL root level so libraries do not build records nobody will render. */
    public static synchronized void updateThreshold(Level threshold) {
        if (installed != null) {
            Logger.getLogger("").setLevel(JulBridgeHandler.toJul(threshold));
        }
    }

    public static synchronized boolean isInstalled() {
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h == installed) {
                return true;
            }
        }
        return false;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
