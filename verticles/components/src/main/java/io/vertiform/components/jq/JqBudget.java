package io.vertiform.components.jq;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import net.thisptr.jackson.jq.Expression;
import net.thisptr.jackson.jq.Function;
import net.thisptr.jackson.jq.PathOutput;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Version;
import net.thisptr.jackson.jq.exception.JsonQueryException;
import net.thisptr.jackson.jq.path.Path;

/**
 * A time and step limit for one evaluation. jackson-jq has no cancellation hook, so every built-in function is wrapped to
 * look at the clock when it is called and whenever it emits a value: {@code [range(1e18)]} or
 * {@code reduce range(1e12) as $x (0; . + $x)} never reach the caller's output, yet pass through a built-in on
 * every step. (Plain recursion without built-ins overflows the stack instead, which {@link JqQuery} reports.)
 */
final class JqBudget {

    private static final ThreadLocal<long[]> DEADLINE = new ThreadLocal<>();

    private JqBudget() {
    }

    /** Replaces every function of {@code scope} by a guarded one; done once, before the scope is shared. */
    static void guardAll(Scope scope) {
        // getLocalFunctions() is a copy keyed "name/arity"; adding under the same name and arity replaces.
        for (Map.Entry<String, Function> e : Map.copyOf(scope.getLocalFunctions()).entrySet()) {
            String key = e.getKey();
            int slash = key.lastIndexOf('/');
            Guarded guarded = new Guarded(e.getValue());
            if (slash > 0 && key.substring(slash + 1).chars().allMatch(Character::isDigit) && slash < key.length() - 1) {
                scope.addFunction(key.substring(0, slash), Integer.parseInt(key.substring(slash + 1)), guarded);
            } else {
                scope.addFunction(key, guarded);
            }
        }
    }

    /** Runs {@code body} with a deadline {@code limitNanos} from now on this thread. */
    static void within(long limitNanos, Evaluation body) throws JsonQueryException {
        long[] previous = DEADLINE.get();
        DEADLINE.set(new long[] {System.nanoTime() + limitNanos, limitNanos, 0});
        try {
            body.run();
        } finally {
            if (previous == null) {
                DEADLINE.remove();
            } else {
                DEADLINE.set(previous);
            }
        }
    }

    @FunctionalInterface
    interface Evaluation {
        void run() throws JsonQueryException;
    }

    /**
     * Built-in calls plus values they emit, per evaluation. Bounds memory as well as time: {@code [range(1e9)]}
     * would fill the heap with a billion numbers well before any sane time limit.
     */
    static final long MAX_STEPS = 10_000_000;

    static void check() throws JsonQueryException {
        long[] d = DEADLINE.get();
        if (d == null) {
            return;
        }
        if (++d[2] > MAX_STEPS) {
            throw new JsonQueryException("the query took more than " + MAX_STEPS + " steps");
        }
        if (System.nanoTime() - d[0] > 0) {
            throw new JsonQueryException("the query ran longer than " + (d[1] / 1_000_000) + " ms");
        }
    }

    private record Guarded(Function delegate) implements Function {
        @Override
        public void apply(Scope scope, List<Expression> args, JsonNode in, Path path, PathOutput output,
                          Version version) throws JsonQueryException {
            check();
            delegate.apply(scope, args, in, path, (value, p) -> {
                check();
                output.emit(value, p);
            }, version);
        }
    }
}
