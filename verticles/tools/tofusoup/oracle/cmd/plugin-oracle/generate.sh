#!/usr/bin/env bash
# Generates the Go stubs of the plugin protocol from verticles/rpc/src/main/proto into the oracle's private
# GOPATH (argument: its src directory). Generated code is never committed. Called by oracle/build.sh.
set -euo pipefail
src="${1:?usage: generate.sh <private GOPATH src dir>}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
proto="$(cd "$here/../../../../.." && pwd)/rpc/src/main/proto"
gen="vertiform.io/tofusoup/gen"

die() { echo "plugin-oracle generate: $*" >&2; exit 1; }
for tool in protoc protoc-gen-go protoc-gen-go-grpc; do
  command -v "$tool" >/dev/null 2>&1 \
    || die "$tool is missing (Debian: apt-get install protobuf-compiler protoc-gen-go protoc-gen-go-grpc)"
done
[ -f /usr/include/google/protobuf/timestamp.proto ] || die "protobuf includes missing (apt-get install protobuf-compiler)"

generate() { # <go package> <proto files...>
  local pkg="$1"; shift
  local maps=""
  for f in "$@"; do maps="$maps,M$f=$gen/$pkg"; done
  rm -rf "${src:?}/$gen/$pkg"
  protoc -I "$proto" -I /usr/include \
    --go_out="$src" --go_opt="paths=import$maps" \
    --go-grpc_out="$src" --go-grpc_opt="paths=import$maps" "$@"
}
mkdir -p "$src"
generate tfplugin5 tfplugin5.proto
generate tfplugin6 tfplugin6.proto
# Only the stdio service: go-plugin itself registers its controller and broker protos, and a second
# registration of the same proto file panics. Those two are called without generated stubs (see raw.go).
generate goplugin grpc_stdio.proto
