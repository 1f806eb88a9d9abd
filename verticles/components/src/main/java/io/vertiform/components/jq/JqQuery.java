package io.vertiform.components.jq;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Version;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * A compiled jq program (jackson-jq, jq 1.6 dialect). Immutable and thread-safe: compile once, apply to many
 * inputs from any thread.
 *
 * <pre>{@code
 * JqQuery q = JqQuery.compile(".items[] | .name");          // JqException(INVALID_QUERY) with jackson-jq's text
 * List<JsonNode> out = q.apply(JqJson.parse(jsonText));     // JqException(INVALID_JSON / EVALUATION)
 * }</pre>
 */
public final class JqQuery {

    /** jq's language version; 1.6 is what most published jq snippets are written for. */
    public static final Version VERSION = Versions.JQ_1_6;

    /**
     * A query emitting more results than this is stopped: {@code range(1e18)} and friends must end in a
     * diagnostic, not in a provider that never answers.
     */
    public static final int MAX_RESULTS = 100_000;

    /** Evaluations running longer end in an error: a data source read must answer, not spin. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    private static final Scope BUILTINS = loadBuiltins();
    private static final Pattern POSITION = Pattern.compile("at line (\\d{1,9}), column (\\d{1,9})");
    private static final Pattern UNKNOWN_FUNCTION = Pattern.compile("Function \\S+ does not exist");

    private final String text;
    private final JsonQuery compiled;

    private JqQuery(String text, JsonQuery compiled) {
        this.text = text;
        this.compiled = compiled;
    }

    /** Compiles {@code query}; a syntax error or an unknown function is a {@link JqException.Kind#INVALID_QUERY}. */
    public static JqQuery compile(String query) {
        if (query == null || query.isBlank()) {
            throw new JqException(JqException.Kind.INVALID_QUERY, "the jq query is empty", null);
        }
        try {
            return new JqQuery(query, JsonQuery.compile(query, VERSION));
        } catch (JsonQueryException e) {
            throw invalidQuery(e);
        } catch (RuntimeException | StackOverflowError e) {
            // The generated parser reports some inputs (deep nesting, stray tokens) with errors of its own.
            throw new JqException(JqException.Kind.INVALID_QUERY, "cannot compile jq query: " + e, e);
        }
    }

    /** Every result the program emits for {@code input}, in order (jq's stream; empty when it emits nothing). */
    public List<JsonNode> apply(JsonNode input) {
        return apply(input, DEFAULT_TIME_LIMIT);
    }

    /** {@link #apply(JsonNode)} with another time limit than {@link #DEFAULT_TIME_LIMIT}. */
    public List<JsonNode> apply(JsonNode input, Duration timeLimit) {
        List<JsonNode> results = new ArrayList<>();
        Scope scope = Scope.newChildScope(BUILTINS);
        try {
            JqBudget.within(timeLimit.toNanos(), () -> compiled.apply(scope, input, value -> {
                if (results.size() >= MAX_RESULTS) {
                    throw new JsonQueryException("the query emitted more than " + MAX_RESULTS + " results");
                }
                results.add(value);
            }));
        } catch (JsonQueryException e) {
            // jackson-jq resolves function names only when it evaluates them; an unknown one is still the query's fault.
            JqException.Kind kind = UNKNOWN_FUNCTION.matcher(String.valueOf(e.getMessage())).matches()
                    ? JqException.Kind.INVALID_QUERY : JqException.Kind.EVALUATION;
            throw new JqException(kind, e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new JqException(JqException.Kind.EVALUATION, "the query recursed too deeply", e);
        } catch (RuntimeException e) {
            throw new JqException(JqException.Kind.EVALUATION, "jq evaluation failed: " + e, e);
        }
        return List.copyOf(results);
    }

    /**
     * The program's results the way the {@code jq} command line would print one compact value: no result is
     * JSON {@code null}, one result is itself, several become an array (what pyvider's lens_jq returns).
     */
    public JsonNode applyToSingle(JsonNode input) {
        return single(apply(input));
    }

    /** Folds a result stream the way {@link #applyToSingle} does. */
    public static JsonNode single(List<JsonNode> results) {
        if (results.isEmpty()) {
            return JqJson.MAPPER.nullNode();
        }
        if (results.size() == 1) {
            return results.get(0);
        }
        return JqJson.MAPPER.createArrayNode().addAll(results);
    }

    /** The query text as given. */
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    /** The syntax error's first line ("Encountered ... at line 1, column 5.") names the position; the rest lists tokens. */
    private static JqException invalidQuery(JsonQueryException e) {
        Throwable cause = e.getCause();
        if (cause == null || cause.getMessage() == null) {
            return new JqException(JqException.Kind.INVALID_QUERY, e.getMessage(), e);
        }
        String first = cause.getMessage().strip().lines().findFirst().orElse("");
        Matcher at = POSITION.matcher(first);
        int line = 0;
        int column = 0;
        if (at.find()) {
            line = Integer.parseInt(at.group(1));
            column = Integer.parseInt(at.group(2));
        }
        return new JqException(JqException.Kind.INVALID_QUERY, e.getMessage() + ": " + first, line, column, e);
    }

    private static Scope loadBuiltins() {
        Scope root = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(VERSION, root);
        JqBudget.guardAll(root);
        return root;
    }
}
