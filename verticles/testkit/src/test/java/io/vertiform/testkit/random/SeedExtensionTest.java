package io.vertiform.testkit.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs small test classes through the JUnit engine to see what SeedExtension does to them. */
class SeedExtensionTest {
    private static final String INNER = "vertiform.testkit.inner";
    static final List<Long> DRAWN = new ArrayList<>();

    @ExtendWith(SeedExtension.class)
    @EnabledIfSystemProperty(named = INNER, matches = "true")
    static class Draws {
        SeededRandom fromBeforeEach;

        @BeforeEach
        void setUp(SeededRandom random) {
            fromBeforeEach = random;
        }

        @Test
        void draw(SeededRandom random) {
            assertThat(random).isSameAs(fromBeforeEach);
            DRAWN.add(random.nextLong());
        }
    }

    @ExtendWith(SeedExtension.class)
    @EnabledIfSystemProperty(named = INNER, matches = "true")
    static class Fails {
        @Test
        void fails(SeededRandom random) {
            assertThat(random.intBetween(0, 10)).isNegative();
        }

        @Test
        void failsWithoutRandom() {
            assertThat(1).isZero();
        }
    }

    @ExtendWith(SeedExtension.class)
    @EnabledIfSystemProperty(named = INNER, matches = "true")
    @Seed(314)
    static class Pinned {
        @Test
        void draw(SeededRandom random) {
            DRAWN.add(random.seed());
        }
    }

    @Test
    void theSameBaseSeedReplaysTheSameValuesAndAnotherDoesNot() {
        long first = runDraws("123");
        long again = runDraws("123");
        long other = runDraws("124");
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void aFailureCarriesTheReplayCommand() {
        Events failures = run(Fails.class, "987").testEvents().failed();
        assertThat(failures.count()).isEqualTo(2);
        Throwable withRandom = failure(failures, "fails");
        assertThat(withRandom.getSuppressed()).hasSize(1);
        assertThat(withRandom.getSuppressed()[0]).isInstanceOf(SeedReport.class)
                .hasMessageStartingWith("replay with -Dvertiform.seed=987");
        Throwable withoutRandom = failure(failures, "failsWithoutRandom");
        assertThat(withoutRandom.getSuppressed()).isEmpty();
    }

    @Test
    void seedAnnotationPinsTheSeedWhateverTheProperty() {
        DRAWN.clear();
        run(Pinned.class, "1");
        run(Pinned.class, "2");
        assertThat(DRAWN).containsExactly(314L, 314L);
    }

    private static long runDraws(String seed) {
        run(Draws.class, seed).testEvents().assertStatistics(s -> s.succeeded(1));
        return DRAWN.remove(DRAWN.size() - 1);
    }

    private static Throwable failure(Events failures, String method) {
        Event event = failures.stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(method + "("))
                .findFirst().orElseThrow();
        return event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    }

    private static EngineExecutionResults run(Class<?> type, String seed) {
        String previousSeed = System.getProperty(SeedSource.PROPERTY);
        System.setProperty(INNER, "true");
        System.setProperty(SeedSource.PROPERTY, seed);
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(type)).execute();
        } finally {
            System.clearProperty(INNER);
            if (previousSeed == null) {
                System.clearProperty(SeedSource.PROPERTY);
            } else {
                System.setProperty(SeedSource.PROPERTY, previousSeed);
            }
        }
    }
}
