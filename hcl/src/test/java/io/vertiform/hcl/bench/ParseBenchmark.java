package io.vertiform.hcl.bench;

import io.vertiform.hcl.Pos;
import io.vertiform.hcl.hclsyntax.HclSyntax;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Native syntax parse throughput: one operation parses every file of the corpus directory ({@code -p corpus=DIR},
 * written by {@link BenchCorpus}); tests/bench/hcl.sh turns the time per operation into MB/s next to Go's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    @Param("")
    public String corpus;

    private final List<byte[]> files = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    @Setup(Level.Trial)
    public void load() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(corpus))) {
            for (Path p : s.sorted().toList()) {
                files.add(Files.readAllBytes(p));
                names.add(p.getFileName().toString());
            }
        }
    }

    @Benchmark
    public void parseCorpus(Blackhole bh) {
        for (int i = 0; i < files.size(); i++) {
            bh.consume(HclSyntax.parseConfig(files.get(i), names.get(i), Pos.INITIAL));
        }
    }
}
