package io.vertiform.testkit.random;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Pins the seed of the {@link SeededRandom} given to a test (or every test of a class), for example to
 * keep a case that once failed as a regression test. A method annotation wins over a class annotation;
 * {@code -Dvertiform.seed} does not override a pinned seed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Seed {
    long value();
}
