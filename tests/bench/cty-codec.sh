#!/usr/bin/env bash
# Java (JMH) vs Go (go-cty via the tofusoup oracle's bench mode) msgpack encode/decode on the same data sets
# (cty/src/test/java/io/vertiform/cty/bench/BenchData.java), printed as one table. Never runs in CI.
# usage: tests/bench/cty-codec.sh            (about 1.5 minutes; keep the machine otherwise idle)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
target=${VF_BENCH_TARGET:-target-bench}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash verticles/tools/tofusoup/oracle/build.sh
oracle=verticles/tools/tofusoup/oracle/target/bin/cty-oracle

# Same build directory as jmh.sh, so its install step below is a quick no-op.
mvn -B -q -Dvf.target="$target" -pl cty -am install -DskipTests >&2
mvn -B -q -Dvf.target="$target" -pl cty dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp" >&2
java -cp "cty/$target/test-classes:cty/$target/classes:$(cat "$work/cp")" \
    io.vertiform.cty.bench.BenchData "$work/data.jsonl"

echo "== JMH (Java $(java -version 2>&1 | head -1 | cut -d'"' -f2))" >&2
tests/bench/jmh.sh cty 'MsgpackCodecBenchmark' -rf json -rff "$work/jmh.json" >&2

echo "== go-cty bench ($(go version | cut -d' ' -f3))" >&2
"$oracle" bench "$work/data.jsonl" > "$work/go.txt"

# jmh.json → "<dataset> <op> <ns/op> <error>"
jq -r '.[] | "\(.params.dataset) \(.benchmark | split(".") | last) \(.primaryMetric.score) \(.primaryMetric.scoreError)"' \
    "$work/jmh.json" > "$work/java.txt"

printf '\n| data set | op | Java ns/op (±99.9%%) | Go ns/op (median, min) | Go/Java |\n'
printf '|---|---|---:|---:|---:|\n'
awk 'NR == FNR { go[$1 " " $2] = $3; gomin[$1 " " $2] = $4; next }
     { key = $1 " " $2
       printf "| %s | %s | %.0f (±%.0f) | %.0f (%.0f) | %.2f× |\n", $1, $2, $3, $4, go[key], gomin[key], go[key] / $3 }' \
    "$work/go.txt" "$work/java.txt"
echo
echo "Go/Java > 1 means Java is faster. Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
