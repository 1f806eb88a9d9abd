package io.vertiform.framework.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertiform.framework.annotation.Resource;
import io.vertiform.framework.support.JoinFunction;
import io.vertiform.framework.support.TestProvider;
import io.vertiform.framework.support.ThingResource;
import org.junit.jupiter.api.Test;

class ComponentRegistryTest {

    @Resource("bad name!")
    public static final class BadName {
    }

    @Resource("hidden")
    static final class NotPublic {
    }

    public static final class NoAnnotation {
    }

    @Test
    void collectsAnnotatedComponentsByKindAndName() {
        ComponentRegistry r = ComponentRegistry.builder().add(ThingResource.class).add(TestProvider.class)
                .add(new JoinFunction()).build();
        assertThat(r.provider().orElseThrow().name()).isEqualTo("test");
        assertThat(r.find(ComponentKind.RESOURCE, "test_thing")).isPresent();
        assertThat(r.find(ComponentKind.FUNCTION, "join").orElseThrow().newInstance()).isInstanceOf(JoinFunction.class);
        assertThat(r.all()).extracting(ComponentDescriptor::kind).containsExactly(ComponentKind.PROVIDER,
                ComponentKind.RESOURCE, ComponentKind.FUNCTION);
    }

    @Test
    void rejectsMistakesWithClearMessages() {
        assertThatThrownBy(() -> ComponentRegistry.builder().add(ThingResource.class).add(ThingResource.class))
                .hasMessageContaining("two resource components named test_thing");
        assertThatThrownBy(() -> ComponentRegistry.builder().add(BadName.class)).hasMessageContaining("invalid resource name");
        assertThatThrownBy(() -> ComponentRegistry.builder().add(NotPublic.class)).hasMessageContaining("must be public");
        assertThatThrownBy(() -> ComponentRegistry.builder().add(NoAnnotation.class))
                .hasMessageContaining("has no component annotation");
    }

    @Test
    void readsTheBuildTimeIndex() {
        ComponentRegistry r = ComponentRegistry.fromIndex(getClass().getClassLoader());
        assertThat(r.find(ComponentKind.RESOURCE, "indexed_thing")).isPresent();
    }
}
