package io.vertiform.cty.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.vertiform.cty.CtyValue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Building 100k-element sets (hash, dedup, go-cty ordering) for strings, numbers and objects. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SetBuildBenchmark {
    private static final int SIZE = 100_000;

    private List<CtyValue> strings;
    private List<CtyValue> numbers;
    private List<CtyValue> objects;

    @Setup
    public void setup() {
        strings = new ArrayList<>(SIZE);
        numbers = new ArrayList<>(SIZE);
        objects = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            strings.add(CtyValue.stringVal("element-" + i));
            numbers.add(CtyValue.parseNumberVal(i + ".5"));
            objects.add(CtyValue.objectVal(Map.of("name", CtyValue.stringVal("n" + i),
                    "port", CtyValue.numberIntVal(i))));
        }
    }

    @Benchmark
    public CtyValue stringSet() {
        return CtyValue.setVal(strings);
    }

    @Benchmark
    public CtyValue numberSet() {
        return CtyValue.setVal(numbers);
    }

    @Benchmark
    public CtyValue objectSet() {
        return CtyValue.setVal(objects);
    }
}
