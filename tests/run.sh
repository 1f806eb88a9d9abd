#!/usr/bin/env bash
# The test command (README.md): builds the Go oracle when it can, then runs every test on JDK 17
# and, where present, JDK 25. CI (.ci/run) installs the Go packages first, so nothing is skipped
# there; elsewhere whatever cannot run is announced loudly here and by the tests themselves.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

say() { printf '\n==> %s\n' "$*" >&2; }
loud() { printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!!! %s\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n' "$*" >&2; }

# Debian packages that give us the real Go peers (go-cty, hcl, go-plugin, grpc-go, protoc).
go_packages=(golang-go golang-github-hashicorp-go-plugin-dev golang-github-zclconf-go-cty-dev
  golang-github-hashicorp-hcl-v2-dev golang-google-grpc-dev protoc-gen-go-grpc protoc-gen-go
  golang-github-golang-protobuf-1-5-dev golang-google-protobuf-dev protobuf-compiler)

have_go_peers() {
  command -v go >/dev/null && command -v protoc >/dev/null && command -v protoc-gen-go >/dev/null \
    && [ -d /usr/share/gocode/src/github.com/zclconf/go-cty ] \
    && [ -d /usr/share/gocode/src/github.com/hashicorp/go-plugin ]
}

if ! have_go_peers; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing the Go reference libraries from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${go_packages[@]}" >/dev/null
  fi
fi

oracle_args=()
if have_go_peers; then
  say "building the Go oracle (tofusoup harness)"
  if ! bash verticles/tools/tofusoup/oracle/build.sh; then
    echo "the Go oracle failed to build" >&2
    exit 1
  fi
  oracle_args=(-Dvertiform.oracle.dir="$root/verticles/tools/tofusoup/oracle/target/bin")
else
  loud "SKIPPED: Go oracle conformance tests (need root+apt or: apt-get install ${go_packages[*]})"
  if [ "${CI:-}" = true ]; then echo "CI must not skip the oracle" >&2; exit 1; fi
fi

status=0
say "mvn verify on $(java -version 2>&1 | head -1)"
mvn -B verify "${oracle_args[@]}" || status=1

jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ -x "$jdk25/bin/java" ]; then
  say "mvn verify on JDK 25 ($jdk25)"
  JAVA_HOME=$jdk25 PATH="$jdk25/bin:$PATH" mvn -B verify -Dvf.target=target-jdk25 \
    -Dvertiform.jar="$root/launcher/target-jdk25/vertiform.jar" "${oracle_args[@]}" || status=1
else
  loud "SKIPPED: the JDK 25 run ($jdk25 not found)"
fi

if [ $status -ne 0 ]; then say "FAILED"; else say "all tests passed"; fi
exit $status
