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
echo "syl/CPU-s counts this process's CPU time only, so it is the per-core figure on a machine shared with other work;"
echo "the tokenizer alone (TokenizeBaseline) is the same run's floor."
echo
echo "| benchmark | what it repairs | syllables/s | syllables/CPU-s | B/op | allocs/op |"
echo "|---|---|---:|---:|---:|---:|"
awk '$1 ~ /^Benchmark/ {
  ns = ""; syl = ""; cpu = ""; b = ""; allocs = ""
  for (i = 2; i < NF; i++) {
    if ($(i+1) == "syl/s") syl = $i
    if ($(i+1) == "syl/cpu-s") cpu = $i
    if ($(i+1) == "B/op") b = $i
    if ($(i+1) == "allocs/op") allocs = $i
  }
  name = $1; sub(/-[0-9]+$/, "", name); sub(/^Benchmark/, "", name)
  what["RepairText"] = "stripped 169-word passage ×20, warm cache, text only (vidoc scan)"
  what["RepairWithConfidence"] = "same, with each change'"'"'s confidence (fix --format json)"
  what["RepairColdCache"] = "same, candidate cache emptied each run"
  what["TokenizeBaseline"] = "same text, slots only (baseline)"
  what["RepairCorpusStripped"] = "400 KB of stripped corpus/legal, cold cache, text only (vidoc fix)"
  what["RepairCorpusStrippedConfidence"] = "same, with confidences (fix --format json)"
  what["RepairCorpusStrippedAdapt"] = "same, adapted to its first 16 KB first (vidoc fix's default)"
  what["RepairLegacySample"] = "the legacy text layer of shared/samples, cold cache"
  printf "| %s | %s | %s | %s | %s | %s |\n", name, what[name], (syl == "" ? "–" : sprintf("%.0f", syl)), (cpu == "" ? "–" : sprintf("%.0f", cpu)), b, allocs
}' "$tmp"
