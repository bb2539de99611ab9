#!/usr/bin/env bash
# bench/setup.sh: installs the peer servers and writes the fixtures into the bench cache, never into the repository.
#   bash bench/setup.sh [--no-peers]
# Cache: $BENCH_CACHE, default ${XDG_CACHE_HOME:-~/.cache}/kafka-producer-bench:
#   peers/yaml/              yaml-language-server 1.25.0 (pinned by bench/peers/yaml/package-lock.json)
#   peers/ts/                typescript-language-server 5.3.0 + typescript 5.9.3 (bench/peers/ts/package-lock.json)
#   fixtures/                bench/gen-fixtures.mjs output (deterministic), and fixtures/ts/node_modules: kafkajs 2.2.4 and
#                            @types/node for the TS fixtures (what typescript-language-server type-checks against)
#   results/                 raw run output of bench/run.mjs
# Each `npm ci` runs only when its lockfile changed, so a second run takes about a second. A peer that cannot be
# installed (no registry) is reported and skipped; bench/run.mjs then shows its columns as "not installed".
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/kafka-producer-bench}
PEERS=1
[ "${1:-}" = --no-peers ] && PEERS=0
T0=$(date +%s)
say() { echo "[bench setup $(( $(date +%s) - T0 ))s] $*" >&2; }
mkdir -p "$CACHE/results"

# npm ci in DIR with SRC's package.json + package-lock.json, only when they changed. Returns 1 on failure.
ci() {
  local src=$1 dir=$2
  mkdir -p "$dir"
  local want; want=$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$dir/.npm-ci-stamp" 2>/dev/null)" = "$want" ] && [ -d "$dir/node_modules" ]; then
    return 0
  fi
  cp "$src/package.json" "$src/package-lock.json" "$dir/"
  say "npm ci in $dir"
  if ! (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts > npm-ci.log 2>&1); then
    tail -15 "$dir/npm-ci.log" >&2
    say "npm ci failed in $dir (log: $dir/npm-ci.log)"
    return 1
  fi
  echo "$want" > "$dir/.npm-ci-stamp"
}

node "$HERE/gen-fixtures.mjs" --out "$CACHE/fixtures" --quiet
if [ "$PEERS" = 1 ]; then
  ci "$HERE/peers/yaml" "$CACHE/peers/yaml" || say "yaml-language-server not installed: its comparisons are skipped"
  ci "$HERE/peers/ts" "$CACHE/peers/ts" || say "typescript-language-server not installed: its comparisons are skipped"
  ci "$HERE/peers/ts-fixture-deps" "$CACHE/fixtures/ts" || say "kafkajs types for the TS fixtures not installed"
fi
say "ready: $CACHE"
