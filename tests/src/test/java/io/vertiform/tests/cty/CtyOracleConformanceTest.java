package io.vertiform.tests.cty;

import io.vertiform.cty.batch.BatchEngine;
import io.vertiform.cty.richjson.JsonTree;
import io.vertiform.testkit.random.SeedExtension;
import io.vertiform.testkit.random.SeededRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential conformance: generated requests for every batch op go to our {@link BatchEngine} and to the Go oracle
 * (real go-cty 1.12.1); the response lines must match. {@code -Dvertiform.cty.cases=N} changes the number of cases
 * per op (default 10,000).
 */
@ExtendWith(SeedExtension.class)
class CtyOracleConformanceTest {
    private static final int CASES = Integer.getInteger("vertiform.cty.cases", 10_000);

    private static final ValueGen.Options ENCODE = new ValueGen.Options(0.08, 0.08, 0.003, 0.02, 0.01);
    private static final ValueGen.Options JSON = new ValueGen.Options(0.08, 0.01, 0.002, 0.02, 0.003);
    private static final ValueGen.Options CONVERT = new ValueGen.Options(0.08, 0.06, 0.04, 0.02, 0.01);
    private static final ValueGen.Options DECODE = new ValueGen.Options(0.08, 0.08, 0.0, 0.02, 0.01);

    private static Oracle oracle;
    private final BatchEngine engine = new BatchEngine();

    @BeforeAll
    static void startOracle() throws Exception {
        oracle = Oracle.start("cty-oracle");
    }

    @AfterAll
    static void stopOracle() throws Exception {
        if (oracle != null) {
            oracle.close();
        }
    }

    @Test
    void msgpackEncode(SeededRandom random) throws Exception {
        run("msgpack-encode", false, NO_KNOWN_BUG, random, r -> {
            GenType type = anyType(r);
            return request("msgpack-encode", type, new ValueGen(r, ENCODE).value(type), null);
        }, 0.75);
    }

    @Test
    void jsonEncode(SeededRandom random) throws Exception {
        run("json-encode", false, CtyOracleConformanceTest::invalidJsonFromGoCty, random, r -> {
            GenType type = anyType(r);
            return request("json-encode", type, new ValueGen(r, JSON).value(type), null);
        }, 0.5);
    }

    @Test
    void convert(SeededRandom random) throws Exception {
        run("convert", true, CtyOracleConformanceTest::brokenTypeFromGoCty, random, r -> {
            GenType type = anyType(r);
            Object value = new ValueGen(r, CONVERT).value(type);
            GenType to = new TypeMutator(r).target(type);
            return request("convert", type, value, to);
        }, 0.3);
    }

    @Test
    void msgpackDecode(SeededRandom random) throws Exception {
        run("msgpack-decode", false, NO_KNOWN_BUG, random, r -> {
            GenType type = anyType(r);
            Object value = new ValueGen(r, DECODE).value(type);
            byte[] bytes = MsgpackVariantWriter.write(r, type, value);
            if (r.chance(0.2)) {
                bytes = ByteMutator.mutate(r, bytes);
            }
            GenType decodeAs = r.chance(0.08) ? new TypeMutator(r).target(type) : type;
            Map<String, Object> req = new LinkedHashMap<>();
            req.put("op", "msgpack-decode");
            req.put("type", decodeAs.toJson());
            req.put("hex", HexFormat.of().formatHex(bytes));
            return JsonTree.write(req);
        }, 0.6);
    }

    /** Types of every kind; a third of them with a chain of compound types at least 3 deep. */
    private static GenType anyType(SeededRandom r) {
        TypeGen types = new TypeGen(r);
        return r.chance(0.33) ? types.deep(3, 5, true) : types.type(4, true);
    }

    private static String request(String op, GenType type, Object value, GenType to) {
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("op", op);
        req.put("type", type.toJson());
        req.put("value", value);
        if (to != null) {
            req.put("to", to.toJson());
        }
        return JsonTree.write(req);
    }

    private static final Predicate<String> NO_KNOWN_BUG = response -> false;
    private static final int[] ASK_AGAIN_ROUNDS = {32, 96};

    /**
     * go-cty's conversions iterate Go maps, whose order is random per run, and report the first failing element, so
     * the same request can fail with different texts. Each mismatching request is asked again (32 times, then 96
     * more while ours has not shown up); every text go-cty produced counts as one of its answers.
     */
    private static Map<Integer, Set<String>> askAgain(List<String> requests, List<String> ours, List<String> theirs)
            throws Exception {
        Map<Integer, Set<String>> out = new HashMap<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (!ours.get(i).equals(theirs.get(i))) {
                open.add(i);
                out.put(i, new HashSet<>());
            }
        }
        for (int times : ASK_AGAIN_ROUNDS) {
            List<String> again = new ArrayList<>();
            for (int i : open) {
                for (int k = 0; k < times; k++) {
                    again.add(requests.get(i));
                }
            }
            List<String> answers = oracle.exchange(again);
            List<Integer> stillOpen = new ArrayList<>();
            for (int m = 0; m < open.size(); m++) {
                int i = open.get(m);
                out.get(i).addAll(answers.subList(m * times, (m + 1) * times));
                if (!out.get(i).contains(ours.get(i))) {
                    stillOpen.add(i);
                }
            }
            open = stillOpen;
        }
        return out;
    }

    /**
     * go-cty 1.12.1's json marshalDynamic ignores the error of the wrapped value (an unknown or marked value inside
     * a dynamic slot) and returns the half-written, invalid JSON as success. We answer with the error instead.
     */
    private static boolean invalidJsonFromGoCty(String response) {
        if (!response.startsWith("{\"ok\":true")) {
            return false;
        }
        Object json = ((Map<?, ?>) JsonTree.parse(response)).get("json");
        try {
            JsonTree.parse((String) json);
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * go-cty 1.12.1's convert of an unknown value whose type only converts after a kind change deeper down (e.g. a
     * map of objects to an object whose attribute turns a map into a list) builds the unknown's type with
     * {@code dynamicReplace}, which returns a nil type for that attribute; the "successful" result then panics as soon
     * as its type is inspected (the oracle reports {@code result: go-cty panic}). We return a well-formed unknown.
     */
    private static boolean brokenTypeFromGoCty(String response) {
        return response.startsWith("{\"ok\":false,\"error\":\"result: go-cty panic");
    }

    private void run(String op, boolean compareErrorText, Predicate<String> goCtyBug, SeededRandom random,
                     Function<SeededRandom, String> gen, double minOkShare) throws Exception {
        List<ConformanceReport.Case> cases = new ArrayList<>(CASES);
        List<String> requests = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            long seed = random.nextLong();
            String request = gen.apply(new SeededRandom(seed));
            cases.add(new ConformanceReport.Case(seed, request));
            requests.add(request);
        }
        // go-cty and we answer at the same time: the oracle is another process, so this halves the wall time.
        long t0 = System.nanoTime();
        FutureTask<List<String>> goCty = new FutureTask<>(() -> oracle.exchange(requests));
        new Thread(goCty, "oracle-exchange").start();
        List<String> ours = new ArrayList<>(CASES);
        for (String request : requests) {
            ours.add(engine.handle(request));
        }
        long oursNanos = System.nanoTime() - t0;
        List<String> theirs = goCty.get(5, TimeUnit.MINUTES);
        long allNanos = System.nanoTime() - t0;
        Map<Integer, Set<String>> alternatives = compareErrorText ? askAgain(requests, ours, theirs) : Map.of();
        ConformanceReport report = new ConformanceReport(op, compareErrorText, goCtyBug);
        for (int i = 0; i < CASES; i++) {
            report.compare(cases.get(i), ours.get(i), theirs.get(i), alternatives.getOrDefault(i, Set.of()));
        }
        System.err.println(report.summary() + String.format(" [ours %d ms, both %d ms]",
                oursNanos / 1_000_000, allNanos / 1_000_000));
        assertThat(report.diffs()).as(report.details()).isZero();
        // Guards against a generator drifting into producing only errors, which would make the test meaningless.
        assertThat(report.bothOk()).as(report.summary()).isGreaterThanOrEqualTo((int) (CASES * minOkShare));
    }
}
