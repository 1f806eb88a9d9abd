package io.vertiform.framework.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a provider: its schema, configuration and the session-wide data handed to every component. The class implements ProviderHandler and has a public no-argument constructor.
 * The component index processor lists it in {@code META-INF/vertiform/components}, so the framework finds it
 * at start-up without scanning the class path.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Provider {

    /** The provider name as Terraform addresses it (the "example" of "example_thing"). */
    String value();

    /** Provider version reported in logs and hub metadata. */
    String version() default "0.0.0";
}
