#!/usr/bin/env bash
# bench_lm.sh: the language model's and tokenizer's figures, in one run.
#
# Prints a Markdown table: the embedded model's size on disk and in memory,
# load time, Score lookups per second (running text, and the decoder's
# one-context-many-candidates pattern), word-to-ID lookups, tokenizer speed,
# and the per-syllable perplexity and OOV rate on ../shared/dev/texts (left
# out of training). Logs go to stderr, the table to stdout.
#
# Usage: scripts/bench_lm.sh        (SHARED overrides ../shared)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
log() { echo "bench_lm: $*" >&2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

log "go test -bench (internal/lm, internal/token)"
go test -run '^$' -bench 'Load|Score|WordID|Baseline' -benchmem -benchtime 2s ./internal/lm >"$tmp/lm.txt"
go test -run '^$' -bench 'Scanner' -benchmem -benchtime 2s ./internal/token >"$tmp/token.txt"
go test -count=1 -v -run 'TestHeldOutPerplexity' ./internal/lm >"$tmp/ppl.txt" 2>&1 || true
go run ./cmd/vidoc dict info --format json >"$tmp/info.json"

field() { awk -v name="$1" -v col="$2" '$1 ~ "^"name"(-[0-9]+)?$" { for (i = 1; i <= NF; i++) if ($(i+1) == col) { print $i; exit } }' "$3"; }
load_ns=$(field BenchmarkLoad ns/op "$tmp/lm.txt")
load_b=$(field BenchmarkLoad B/op "$tmp/lm.txt")
score=$(field BenchmarkScore lookups/s "$tmp/lm.txt")
cands=$(field BenchmarkScoreCandidates lookups/s "$tmp/lm.txt")
copy_ns=$(field BenchmarkCopyBaseline ns/op "$tmp/lm.txt")
mapb=$(field BenchmarkMapBaseline lookups/s "$tmp/lm.txt")
wordid=$(field BenchmarkWordID ns/op "$tmp/lm.txt")
tok=$(field BenchmarkScanner MB/s "$tmp/token.txt")
disk=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bytes_on_disk"])' "$tmp/info.json")
ngrams=$(python3 -c 'import json,sys; print(" / ".join(str(n) for n in json.load(open(sys.argv[1]))["ngrams"]))' "$tmp/info.json")
ppl=$(grep -o 'dev texts:.*' "$tmp/ppl.txt" || echo "skipped (no ../shared/dev/texts)")

echo "| figure | value |"
echo "|---|---|"
echo "| n-grams per order | $ngrams |"
echo "| size on disk (embedded, mapped without copying) | $(awk -v b="$disk" 'BEGIN { printf "%.2f MB", b / 1e6 }') |"
echo "| heap after load (vocabulary index) | $(awk -v b="$load_b" 'BEGIN { printf "%.2f MB", b / 1e6 }') |"
echo "| load time | $(awk -v n="$load_ns" -v c="$copy_ns" 'BEGIN { printf "%.1f ms (%.2f × copying the file'"'"'s bytes)", n / 1e6, n / c }') |"
echo "| Score, running text | $(awk -v n="$score" -v m="$mapb" 'BEGIN { printf "%.2f M lookups/s (%.2f × one Go map lookup per trigram, no backoff)", n / 1e6, n / m }') |"
echo "| Score, one context × candidates | $(awk -v n="$cands" -v m="$mapb" 'BEGIN { printf "%.2f M lookups/s (%.2f × the map)", n / 1e6, n / m }') |"
echo "| WordID (normalize + lookup) | $wordid ns |"
echo "| tokenizer + units | $tok MB/s |"
echo "| held-out | $ppl |"
