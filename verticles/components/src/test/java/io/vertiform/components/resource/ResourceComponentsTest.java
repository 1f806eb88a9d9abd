package io.vertiform.components.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.framework.annotation.Resource;
import io.vertiform.testkit.provider.ProviderClient;
import io.vertiform.testkit.provider.ProviderTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared component list and the test base agree, and the provider serves every resource. */
class ResourceComponentsTest extends ResourceTestBase {

    @Test
    void baseBootsExactlyTheListedResources(ProviderClient client) {
        List<Class<?>> booted = Arrays.stream(ResourceTestBase.class.getAnnotation(ProviderTest.class).components())
                .filter(c -> c.isAnnotationPresent(Resource.class)).toList();
        assertThat(booted).containsExactlyInAnyOrderElementsOf(ResourceComponents.ALL);
        List<String> names = ResourceComponents.ALL.stream().map(c -> c.getAnnotation(Resource.class).value()).toList();
        assertThat(client.schemas().resourceSchemas().keySet()).containsAll(names);
        assertThat(names).containsExactlyInAnyOrder("vertiform_file_content", "vertiform_local_directory",
                "vertiform_timed_token", "vertiform_private_state_verifier", "vertiform_warning_example",
                "vertiform_secret_note", "vertiform_nested_resource_test");
    }
}
