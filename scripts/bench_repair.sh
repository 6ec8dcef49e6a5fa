#!/usr/bin/env bash
# bench_repair.sh: the repair engine's speed per core, from its Go benchmarks
# (internal/repair Benchmark*, which report syl/s), run on one core.
# Prints a Markdown table to stdout; logs to stderr. Called by scripts/bench.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
echo "bench_repair: go test -bench ./internal/repair (one core)" >&2
if ! OMP_THREAD_LIMIT=1 nice go test -run '^$' -bench . -benchmem -benchtime 3x -cpu 1 ./internal/repair >"$tmp" 2>&1; then
  echo "The repair benchmarks did not run:"
  echo
  echo '```'
  tail -5 "$tmp"
  echo '```'
  exit 0
fi
if ! grep -q '^Benchmark' "$tmp"; then
  echo "internal/repair has no benchmarks in this checkout."
  exit 0
fi
echo "Go benchmarks of internal/repair on one core (\`go test -bench . -cpu 1 ./internal/repair\`); target ≥ 50,000 syllables/s per core."
echo
echo "| benchmark | ns/op | syllables/s | B/op | allocs/op |"
echo "|---|---:|---:|---:|---:|"
awk '$1 ~ /^Benchmark/ {
  ns = ""; syl = ""; b = ""; allocs = ""
  for (i = 2; i < NF; i++) {
    if ($(i+1) == "ns/op") ns = $i
    if ($(i+1) == "syl/s") syl = $i
    if ($(i+1) == "B/op") b = $i
    if ($(i+1) == "allocs/op") allocs = $i
  }
  printf "| %s | %s | %s | %s | %s |\n", $1, ns, (syl == "" ? "–" : sprintf("%.0f", syl)), b, allocs
}' "$tmp"
