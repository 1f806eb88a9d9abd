package io.vertiform.cty.bench;

import java.util.concurrent.TimeUnit;

import io.vertiform.cty.BigFloat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The number operations on the msgpack/JSON paths. Go reference on the same machine (Go 1.19 math/big,
 * testing.Benchmark): SetInt64 18 ns, Int64 4.5 ns, ParseFloat("0.8", 512) 390 ns, Text('f', -1) of an int64
 * 950 ns, of 0.8@512 17.8 µs, of 1.5@53 1.0 µs, Float64 of 0.8@512 52 ns.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BigFloatBenchmark {

    private final BigFloat decimal512 = BigFloat.parse("0.8");
    private final BigFloat float53 = BigFloat.of(1.5);
    private final BigFloat integer = BigFloat.of(123456789L);

    @Benchmark
    public BigFloat ofLong() {
        return BigFloat.of(123456789L);
    }

    @Benchmark
    public long toLong() {
        return integer.isInt64() ? integer.toLong() : 0;
    }

    @Benchmark
    public BigFloat parseDecimal() {
        return BigFloat.parse("0.8");
    }

    @Benchmark
    public BigFloat parseInteger() {
        return BigFloat.parse("42");
    }

    /** negate() yields a fresh instance, so the lazily cached text is computed every time. */
    @Benchmark
    public String textDecimal512() {
        return decimal512.negate().text();
    }

    @Benchmark
    public String textFloat53() {
        return float53.negate().text();
    }

    @Benchmark
    public String textInteger() {
        return integer.negate().text();
    }

    @Benchmark
    public double toDoubleDecimal512() {
        return decimal512.isExactDouble() ? 0 : decimal512.toDouble();
    }
}
