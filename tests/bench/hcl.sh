#!/usr/bin/env bash
# Native syntax parse throughput, Java (JMH) vs Go hcl v2 2.14.1 (hcl-oracle bench), on the same generated .tf
# corpus (hcl/src/test/java/io/vertiform/hcl/bench/BenchCorpus.java). Never runs in CI.
# usage: tests/bench/hcl.sh [FILES]     (a few minutes; keep the machine otherwise idle)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
target=${VF_BENCH_TARGET:-target-bench}
files=${1:-400}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash verticles/tools/tofusoup/oracle/build.sh
oracle=verticles/tools/tofusoup/oracle/target/bin/hcl-oracle

mvn -B -q -Dvf.target="$target" -pl hcl -am install -DskipTests >&2
mvn -B -q -Dvf.target="$target" -pl hcl dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp" >&2
java -cp "hcl/$target/test-classes:hcl/$target/classes:$(cat "$work/cp")" \
    io.vertiform.hcl.bench.BenchCorpus "$work/corpus" "$files"
bytes=$(cat "$work"/corpus/*.tf | wc -c)

echo "== JMH (Java $(java -version 2>&1 | head -1 | cut -d'"' -f2))" >&2
tests/bench/jmh.sh hcl 'ParseBenchmark' -p corpus="$work/corpus" -rf json -rff "$work/jmh.json" >&2
java_ms=$(jq -r '.[0].primaryMetric.score' "$work/jmh.json")
java_err=$(jq -r '.[0].primaryMetric.scoreError' "$work/jmh.json")

echo "== Go hcl v2 ($(go version | cut -d' ' -f3))" >&2
read -r _ go_best go_median go_mbs < <("$oracle" bench -rounds 20 "$work"/corpus/*.tf)

awk -v bytes="$bytes" -v files="$files" -v jms="$java_ms" -v jerr="$java_err" -v gbest="$go_best" \
    -v gmed="$go_median" 'BEGIN {
  jmbs = bytes / (jms / 1000) / 1e6; gmbs = bytes / gmed / 1e6
  printf "\n| corpus | Java (JMH avg ± 99.9%%) | Go (median of 20, best) | Java/Go |\n|---|---:|---:|---:|\n"
  printf "| %d files, %.1f MB | %.1f MB/s (%.1f ± %.1f ms) | %.1f MB/s (%.1f ms, best %.1f ms) | %.2f× |\n",
    files, bytes / 1e6, jmbs, jms, jerr, gmbs, gmed * 1000, gbest * 1000, jmbs / gmbs }'
echo
echo "Java/Go > 1 means Java is faster. Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
