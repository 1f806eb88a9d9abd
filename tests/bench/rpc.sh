#!/usr/bin/env bash
# Vertiform's provider plugin vs a minimal Go plugin on the same Debian libraries (go-plugin 1.0.1, grpc-go):
# cold start exec→handshake line with AutoMTLS on (median of RUNS launches), and PlanResourceChange round trips
# (p50/p99, calls/s) at concurrency 1 and 16 over one go-plugin connection, protocol 6. Never runs in CI.
# usage: tests/bench/rpc.sh [path/to/vertiform.jar]   (about 2 minutes; keep the machine otherwise idle)
#        RUNS=20 DURATION=5s JAVA=java tests/bench/rpc.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=${RUNS:-20}
duration=${DURATION:-5s}
java=${JAVA:-java}
jar=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash verticles/tools/tofusoup/oracle/build.sh
bin=verticles/tools/tofusoup/oracle/target/bin
if [ -z "$jar" ]; then
  mvn -B -q -pl launcher -am package -DskipTests >&2
  jar=launcher/target/vertiform.jar
fi
java_cmd=("$java" -Xlog:disable -Xlog:all=warning:stderr -jar "$jar" provider --echo-resource vf_echo)
go_cmd=("$bin/go-reference-plugin")

echo "== cold start, $runs launches each (Java: $("$java" -version 2>&1 | head -1))" >&2
"$bin/plugin-oracle" -mode bench-start -runs "$runs" -- "${java_cmd[@]}" | tee "$work/java-start.txt" >&2
"$bin/plugin-oracle" -mode bench-start -runs "$runs" -- "${go_cmd[@]}" | tee "$work/go-start.txt" >&2
echo "== PlanResourceChange, $duration per level" >&2
"$bin/plugin-oracle" -mode bench-plan -clients 16 -duration "$duration" -- "${java_cmd[@]}" | tee "$work/java-plan.txt" >&2
"$bin/plugin-oracle" -mode bench-plan -clients 16 -duration "$duration" -echo-type vf_echo -- "${go_cmd[@]}" \
  | tee "$work/go-plan.txt" >&2

field() { # <file> <line prefix> <key>
  grep "^$2" "$1" | tail -1 | tr ' ' '\n' | grep "^$3=" | cut -d= -f2
}
js=$(field "$work/java-start.txt" "start runs" median_ms)
gs=$(field "$work/go-start.txt" "start runs" median_ms)
printf '\n| measure | Vertiform (Java) | Go reference | Java/Go |\n|---|---:|---:|---:|\n'
printf '| cold start to handshake, median of %s (ms) | %s | %s | %.1f× |\n' "$runs" "$js" "$gs" "$(echo "$js / $gs" | bc -l)"
for c in 1 16; do
  for k in p50_us p99_us rps; do
    j=$(field "$work/java-plan.txt" "plan concurrency=$c " "$k")
    g=$(field "$work/go-plan.txt" "plan concurrency=$c " "$k")
    printf '| plan c=%s %s | %s | %s | %.2f× |\n' "$c" "$k" "$j" "$g" "$(echo "$j / $g" | bc -l)"
  done
done
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
