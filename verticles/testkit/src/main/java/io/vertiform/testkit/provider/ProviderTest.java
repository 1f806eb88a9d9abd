package io.vertiform.testkit.provider;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Boots a provider in-process for each test: a fresh Vert.x with the hub, the framework serving the listed
 * components, and a session launched with {@link #env()}. Test methods take a {@link ProviderClient} (and may
 * take the {@link ProviderHarness} for more sessions).
 *
 * <pre>{@code
 * @ProviderTest(components = {ExampleProvider.class, FileResource.class}, env = "VERTIFORM_PRIVATE_STATE_SECRET=s")
 * class FileResourceTest {
 *     @Test void lifecycle(ProviderClient client) { ResourceLifecycle.of(client, "example_file")...run(); }
 * }
 * }</pre>
 *
 * <p>The class is a JUnit class template: it runs once over the event bus, or with {@link #protocols()} once per
 * plugin protocol ("[protocol 5]", "[protocol 6]"), each client then talking gRPC to a real plugin session.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ClassTemplate
@ExtendWith(ProviderExtension.class)
public @interface ProviderTest {

    /** Annotated component classes; empty means the component index on the test class path. */
    Class<?>[] components() default {};

    /** The first session's environment, as {@code NAME=value} entries. */
    String[] env() default {};

    /**
     * Terraform plugin protocols (5, 6) to run every test of the class over, once each, through a real gRPC
     * client and plugin session (needs vertiform-rpc on the test class path). Empty: over the event bus only.
     */
    int[] protocols() default {};
}
