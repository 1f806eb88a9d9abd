package io.vertiform.contracts.provider.wire;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The protocol field name of a record component whose Java name cannot follow the usual camelCase rule, e.g.
 * {@code return} (a Java keyword) or {@code Error} (capitalised in the protocol).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface WireName {
    String value();
}
