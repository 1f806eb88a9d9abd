#!/usr/bin/env bash
# Runs JMH benchmarks that live in a module's test sources (src/test/java/**/bench).
# usage: tests/bench/jmh.sh <module-dir> <benchmark-regex> [jmh args...]
#   e.g. tests/bench/jmh.sh verticles/foundation LogRender -wi 2 -i 5 -f 1
# Benchmarks never run in CI: figures come from this script and go in the module README.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -ge 2 ] || { echo "usage: $0 <module-dir> <benchmark-regex> [jmh args...]" >&2; exit 2; }
mod=$1; shift
pattern=$1; shift
target=${VF_BENCH_TARGET:-target-bench}
cd "$root"
# -DskipTests still compiles the test sources, which runs the JMH annotation processor.
mvn -B -q -Dvf.target="$target" -pl "$mod" -am install -DskipTests >&2
cpfile=$(mktemp)
trap 'rm -f "$cpfile"' EXIT
mvn -B -q -Dvf.target="$target" -pl "$mod" dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$cpfile" >&2
exec java -cp "$mod/$target/test-classes:$mod/$target/classes:$(cat "$cpfile")" \
    org.openjdk.jmh.Main "$pattern" "$@"
