package io.vertiform.framework.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an ephemeral resource type. The class implements EphemeralResourceHandler and has a public no-argument constructor.
 * The component index processor lists it in {@code META-INF/vertiform/components}, so the framework finds it
 * at start-up without scanning the class path.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EphemeralResource {

    /** The ephemeral resource type name. */
    String value();
}
