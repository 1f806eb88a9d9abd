#!/usr/bin/env bash
# The packed provider (vertiform pack: jlink runtime + AOT cache/AppCDS + launcher stub) against the Go reference
# plugin: exec→handshake line with AutoMTLS on (plugin-oracle bench-start, median of RUNS launches, warm cache),
# the same with VERTIFORM_VERIFICATION=always (full re-verification per start), the unpacked jar for context,
# exec→first GetProviderSchema answered (plugin-oracle bench-first-answer, protocol FIRST_PROTOCOL, default 6: what a
# Terraform user waits for, including the work a provider does after its handshake line),
# first run with an empty cache (median of COLD fresh caches), the launcher stub's own share, and package size.
# Never runs in CI.
# usage: tests/bench/launcher.sh [path/to/vertiform.jar]     (about 3 minutes; keep the machine otherwise idle)
#        RUNS=20 COLD=5 tests/bench/launcher.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=${RUNS:-20}
cold=${COLD:-5}
first_protocol=${FIRST_PROTOCOL:-6}
jar=${1:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bash verticles/tools/tofusoup/oracle/build.sh
bin=verticles/tools/tofusoup/oracle/target/bin
if [ -z "$jar" ]; then
  mvn -B -q -pl launcher -am package -DskipTests >&2
  jar=launcher/target/vertiform.jar
fi
pkg="$work/dist/terraform-provider-vertiform_v0.0.0-bench"

echo "== pack (jlink runtime, start-up archive)" >&2
start_ns=$(date +%s%N)
java -jar "$jar" pack --output "$pkg" --provider-version 0.0.0-bench | tee "$work/pack.txt" >&2
pack_s=$(echo "($(date +%s%N) - $start_ns) / 1000000000" | bc -l)
size=$(stat -c %s "$pkg")

field() { # <file> <line prefix> <key>
  grep "^$2" "$1" | tail -1 | tr ' ' '\n' | grep "^$3=" | cut -d= -f2
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "== first run, empty cache ($cold fresh caches)" >&2
: > "$work/cold.txt"
: > "$work/extract.txt"
for i in $(seq 1 "$cold"); do
  cache="$work/cold-cache-$i"
  XDG_CACHE_HOME="$cache" "$bin/plugin-oracle" -mode bench-start -runs 1 -- "$pkg" > "$work/cold-$i.txt"
  field "$work/cold-$i.txt" "start runs" median_ms >> "$work/cold.txt"
  # The stub's own account of a first run: verification and extraction (µs since exec).
  rm -rf "$cache"
  XDG_CACHE_HOME="$cache" VERTIFORM_LAUNCHER_DEBUG=1 "$pkg" --version 2>"$work/debug-$i.txt" >/dev/null || true
  sed -n 's/^vertiform: \[\([0-9]*\) us\] extracted.*/\1/p' "$work/debug-$i.txt" >> "$work/extract.txt"
done
cold_ms=$(median < "$work/cold.txt")
extract_ms=$(echo "$(median < "$work/extract.txt") / 1000" | bc -l)
verify_ms=$(echo "$(sed -n 's/^vertiform: \[\([0-9]*\) us\] launcher and .* slots verified/\1/p' "$work/debug-1.txt") / 1000" | bc -l)

echo "== warm cache, $runs launches each" >&2
export XDG_CACHE_HOME="$work/warm-cache"
"$pkg" --version >/dev/null 2>&1 || true
VERTIFORM_LAUNCHER_DEBUG=1 "$pkg" --version 2>"$work/warm-debug.txt" >/dev/null || true
stub_us=$(sed -n 's/^vertiform: \[\([0-9]*\) us\] exec .*/\1/p' "$work/warm-debug.txt")
"$bin/plugin-oracle" -mode bench-start -runs "$runs" -- "$pkg" | tee "$work/packed.txt" >&2
"$bin/plugin-oracle" -mode bench-start -runs "$runs" -- "$bin/go-reference-plugin" | tee "$work/go.txt" >&2
# What the user waits for: exec → the first GetProviderSchema answered, the Go reference in the same run.
"$bin/plugin-oracle" -mode bench-first-answer -protocol "$first_protocol" -runs "$runs" -- "$pkg" \
  | tee "$work/packed-first.txt" >&2
"$bin/plugin-oracle" -mode bench-first-answer -protocol "$first_protocol" -runs "$runs" -- "$bin/go-reference-plugin" \
  | tee "$work/go-first.txt" >&2
VERTIFORM_VERIFICATION=always "$bin/plugin-oracle" -mode bench-start -runs "$runs" -- "$pkg" \
  | tee "$work/always.txt" >&2
"$bin/plugin-oracle" -mode bench-start -runs "$runs" -- java -Xlog:disable -Xlog:all=warning:stderr -jar "$jar" provider \
  | tee "$work/jar.txt" >&2

ps=$(field "$work/packed.txt" "start runs" median_ms)
gs=$(field "$work/go.txt" "start runs" median_ms)
as=$(field "$work/always.txt" "start runs" median_ms)
js=$(field "$work/jar.txt" "start runs" median_ms)
printf '\n| measure | value |\n|---|---:|\n'
printf '| packed provider, warm cache: exec → handshake, median of %s (ms) | %s (min %s) |\n' "$runs" "$ps" \
  "$(field "$work/packed.txt" "start runs" min_ms)"
printf '| Go reference plugin, same run (ms) | %s |\n' "$gs"
printf '| packed / Go | %.1f× |\n' "$(echo "$ps / $gs" | bc -l)"
printf '| packed, warm cache: exec → first GetProviderSchema answered (protocol %s), median of %s (ms) | %s (min %s) |\n' \
  "$first_protocol" "$runs" "$(field "$work/packed-first.txt" "first-answer runs" median_ms)" \
  "$(field "$work/packed-first.txt" "first-answer runs" min_ms)"
printf '| Go reference plugin, exec → first answer, same run (ms) | %s |\n' \
  "$(field "$work/go-first.txt" "first-answer runs" median_ms)"
printf '| packed, VERTIFORM_VERIFICATION=always (ms) | %s |\n' "$as"
printf '| unpacked `java -jar vertiform.jar provider`, system JDK, no archive (ms) | %s |\n' "$js"
printf '| launcher stub, warm start: exec → exec of java (ms) | %.2f |\n' "$(echo "$stub_us / 1000" | bc -l)"
printf '| first run, empty cache: exec → handshake, median of %s (ms) | %s |\n' "$cold" "$cold_ms"
printf '| first run: verification done at (ms since exec) | %.0f |\n' "$verify_ms"
printf '| first run: extraction done at (ms since exec) | %.0f |\n' "$extract_ms"
printf '| package size (MiB) | %.1f |\n' "$(echo "$size / 1048576" | bc -l)"
printf '| pack time (s) | %.0f |\n' "$pack_s"
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E "runtime:|slots:" "$work/pack.txt"
