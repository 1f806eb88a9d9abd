package io.vertiform.framework.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertiform.contracts.provider.PlanResourceChange;
import io.vertiform.contracts.provider.ProviderAddresses;
import io.vertiform.cty.CtyValue;
import io.vertiform.framework.bench.SetPlanBenchmark;
import io.vertiform.framework.engine.ValueCodec;
import io.vertiform.framework.registry.ComponentRegistry;
import io.vertiform.framework.support.Harness;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's scenario as a correctness test: with 1,000 set blocks, every element's prior computed value
 * must be found again (use-state-for-unknown inside a set needs the set correlation), in reasonable time.
 */
class LargeSetPlanTest {

    @Test
    void updatePlanOfAThousandSetBlocksCorrelatesEveryElement() {
        try (Harness h = Harness.start(ComponentRegistry.builder().add(SetPlanBenchmark.Firewall.class).build(),
                FrameworkOptions.DEFAULT.withRegisterInHub(false))) {
            String address = ProviderAddresses.of(ProviderAddresses.Family.RESOURCE, "bench_firewall",
                    ProviderAddresses.PLAN);
            PlanResourceChange.Request update = SetPlanBenchmark.request(SetPlanBenchmark.state(1000),
                    SetPlanBenchmark.config(1000, "v2"));
            long t0 = System.nanoTime();
            PlanResourceChange.Response r = h.request(address, update, null);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.diagnostics()).isEmpty();
            CtyValue planned = ValueCodec.decode(r.plannedState(), SetPlanBenchmark.SCHEMA.impliedType());
            assertThat(planned.getAttr("id").asString()).isEqualTo("fw-1");
            assertThat(planned.getAttr("description").asString()).isEqualTo("v2");
            assertThat(planned.getAttr("rule").elements()).hasSize(1000).allSatisfy(rule -> {
                long port = rule.getAttr("port").asBigFloat().toLong();
                assertThat(rule.getAttr("rule_id").asString()).isEqualTo("r-" + (port - 1));
                assertThat(rule.getAttr("protocol").asString()).isEqualTo("tcp");
            });
            // A regression guard only (the figures come from SetPlanBenchmark): pairwise matching would take minutes.
            assertThat(millis).isLessThan(20_000);
        }
    }
}
