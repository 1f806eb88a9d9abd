package io.vertiform.testkit.vertx;

import io.vertiform.testkit.log.LogCaptureExtension;
import io.vertiform.testkit.random.SeedExtension;
import io.vertx.junit5.VertxExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The usual Vertiform test setup: VertxExtension (a fresh {@code Vertx} and {@code VertxTestContext} per
 * test, closed afterwards), {@link SeedExtension} (a replayable {@code SeededRandom}) and
 * {@link LogCaptureExtension} (a {@code LogCapture} of the log events).
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({VertxExtension.class, SeedExtension.class, LogCaptureExtension.class})
public @interface VertxTest {
}
