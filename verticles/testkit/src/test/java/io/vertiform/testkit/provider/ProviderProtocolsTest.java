package io.vertiform.testkit.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.vertiform.testkit.provider.example.ExampleProvider;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * {@code @ProviderTest} as a class template: one run over the bus by default, and a clear failure when plugin
 * protocols are asked for without vertiform-rpc (which this module's tests cannot see). The gRPC runs themselves
 * are tested in vertiform-rpc.
 */
class ProviderProtocolsTest {

    static final List<String> SEEN = new ArrayList<>();

    @ProviderTest(components = ExampleProvider.class)
    static class OverTheBus {
        @Test
        void schema(ProviderClient client) {
            SEEN.add(client.transport() + " " + client.schemas().provider().block().attributes().size());
        }
    }

    @ProviderTest(components = ExampleProvider.class, protocols = {5, 6})
    static class OverGrpc {
        @Test
        void schema(ProviderClient client) {
            SEEN.add("must not run");
        }
    }

    private static EngineExecutionResults run(Class<?> type) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(type)).execute();
    }

    @Test
    void withoutProtocolsTheClassRunsOnceOverTheBus() {
        SEEN.clear();
        EngineExecutionResults results = run(OverTheBus.class);
        results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
        assertThat(SEEN).singleElement().asString().startsWith("event bus ");
        assertThat(results.containerEvents().started().stream().map(e -> e.getTestDescriptor().getDisplayName()))
                .contains("[event bus]");
    }

    @Test
    void protocolsWithoutTheRpcModuleFailNamingIt() {
        SEEN.clear();
        EngineExecutionResults results = run(OverGrpc.class);
        assertThat(SEEN).isEmpty();
        List<Throwable> failures = results.containerEvents().failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow())
                .map(r -> r.getThrowable().orElseThrow()).toList();
        assertThat(failures).isNotEmpty();
        assertThat(failures.get(0)).hasMessageContaining("vertiform-rpc").hasMessageContaining("io.vertiform:vertiform-rpc");
        assertThat(results.testEvents().started().stream().map(Event::getType)).isEmpty();
    }
}
