#!/usr/bin/env bash
# Builds every Go command under cmd/ into target/bin/ in GOPATH mode against
# Debian's Go packages (go-cty 1.12.1 etc. under /usr/share/gocode).
# Idempotent: does nothing when every binary is newer than all sources.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/target"
import_root="vertiform.io/tofusoup/oracle"
system_gopath="${VERTIFORM_SYSTEM_GOPATH:-/usr/share/gocode}"

die() { echo "oracle build: $*" >&2; exit 1; }

command -v go >/dev/null 2>&1 \
  || die "Go is not installed (Debian: apt-get install golang-go golang-github-zclconf-go-cty-dev)"
[ -d "$system_gopath/src/github.com/zclconf/go-cty/cty" ] \
  || die "go-cty not found under $system_gopath/src (Debian: apt-get install golang-github-zclconf-go-cty-dev)"

mapfile -t commands < <(find "$here/cmd" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | sort)
[ "${#commands[@]}" -gt 0 ] || die "no commands under $here/cmd"

# Up to date when every binary is newer than every Go file and this script.
newest_source="$(find "$here" -path "$target" -prune -o \( -name '*.go' -o -name build.sh -o -name generate.sh \) -type f -printf '%T@\n' \
  | sort -n | tail -1)"
up_to_date=true
for cmd in "${commands[@]}"; do
  bin="$target/bin/$cmd"
  if [ ! -x "$bin" ] || [ "$(stat -c %Y "$bin")" -lt "${newest_source%.*}" ] \
     || [ "$(stat -c %Y "$bin")" -eq "${newest_source%.*}" ]; then
    up_to_date=false
  fi
done
if $up_to_date; then
  exit 0
fi

# A private GOPATH whose only package root is a symlink to this directory.
private_gopath="$target/gopath"
link="$private_gopath/src/$import_root"
mkdir -p "$(dirname "$link")" "$target/bin"
if [ "$(readlink "$link" 2>/dev/null || true)" != "$here" ]; then
  rm -f "$link"
  ln -s "$here" "$link"
fi

export GO111MODULE=off
export GOPATH="$private_gopath:$system_gopath"
export GOCACHE="${GOCACHE:-$target/gocache}"
export GOFLAGS=""
export CGO_ENABLED=0

# The oracle is the reference the Java tests trust: check it before installing new binaries.
(cd "$link" && go vet ./richjson ./ctybatch && go test -count=1 ./richjson ./ctybatch >/dev/null) \
  || die "the oracle's own checks failed (go vet / go test above)"

# Commands that need generated code (protobuf stubs) bring a generate.sh writing into the private GOPATH.
for generator in "$here"/cmd/*/generate.sh; do
  if [ -f "$generator" ]; then
    bash "$generator" "$private_gopath/src" || die "$generator failed"
  fi
done

# The lifecycle driver's Terraform rules (ProposedNew, AssertPlanValid, AssertObjectCompatible) judge providers too.
(cd "$link" && go vet ./cmd/plugin-oracle && go test -count=1 ./cmd/plugin-oracle >/dev/null) \
  || die "plugin-oracle's own checks failed (go vet / go test above)"

for cmd in "${commands[@]}"; do
  # Build from inside the symlinked tree so GOPATH resolves our own packages.
  (cd "$link/cmd/$cmd" && go build -o "$target/bin/$cmd.tmp" .) \
    || die "go build of cmd/$cmd failed"
  mv -f "$target/bin/$cmd.tmp" "$target/bin/$cmd"
done
echo "oracle build: built ${commands[*]} into $target/bin" >&2
