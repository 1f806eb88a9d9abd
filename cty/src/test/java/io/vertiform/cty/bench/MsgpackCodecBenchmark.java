package io.vertiform.cty.bench;

import io.vertiform.cty.CtyType;
import io.vertiform.cty.CtyValue;
import io.vertiform.cty.json.TypeJson;
import io.vertiform.cty.msgpack.MsgpackCodec;
import io.vertiform.cty.richjson.RichJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * msgpack encode/decode of the {@link BenchData} sets; {@code tests/bench/cty-codec.sh} runs it next to the Go
 * oracle's bench mode on the same data and prints the comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MsgpackCodecBenchmark {

    @Param({BenchData.FLAT, BenchData.NESTED})
    public String dataset;

    private CtyType type;
    private CtyValue value;
    private byte[] encoded;

    @Setup
    public void setUp() {
        BenchData.DataSet data = BenchData.byName(dataset);
        type = TypeJson.unmarshal(data.typeJson());
        value = RichJson.parse(data.valueJson(), type);
        encoded = MsgpackCodec.marshal(value, type);
    }

    @Benchmark
    public byte[] encode() {
        return MsgpackCodec.marshal(value, type);
    }

    @Benchmark
    public CtyValue decode() {
        return MsgpackCodec.unmarshal(encoded, type);
    }
}
