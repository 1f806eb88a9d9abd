package io.vertiform.framework.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a managed resource type. The class implements ResourceHandler or AsyncResourceHandler and has a public no-argument constructor.
 * The component index processor lists it in {@code META-INF/vertiform/components}, so the framework finds it
 * at start-up without scanning the class path.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Resource {

    /** The resource type name, e.g. {@code example_server}. */
    String value();
}
