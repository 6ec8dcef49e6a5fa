#!/usr/bin/env bash
# bench_alternatives.sh: the ceiling of decoding with Tesseract's per-glyph
# choices, on rendered held-out pages (issue 14).
#
# cmd/pagegen renders the development texts (../shared/dev/texts, which the
# language model never saw) as scan-like pages, BENCH_PAGES per text (default
# 1), with the benchmark's seed. Each page is read by `vidoc ocr --format json
# --alternatives`, and scored with ../shared/tools/vscore.py, all pages as one
# text:
#   - tesseract vie: the text vidoc's OCR printed (Tesseract's own choice);
#   - oracle: the same text with every wrong syllable put right when the right
#     spelling is among its word's channel candidates (internal/ocrchan's
#     beam over the glyphs' choices; internal/ocrchan/oracle.go). No decoder
#     that takes the alternatives can do better with these candidates.
# Prints a Markdown table on stdout, logs on stderr.
#
# Usage: scripts/bench_alternatives.sh      (SHARED, BENCH_PAGES, BENCH_SEED, BENCH_JOBS)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
pages=${BENCH_PAGES:-1}
seed=${BENCH_SEED:-1}
jobs=${BENCH_JOBS:-2}
export OMP_THREAD_LIMIT=1
log() { echo "bench_alternatives: $*" >&2; }
[ -d "$shared/dev/texts" ] || { log "$shared/dev/texts not found (set SHARED)"; exit 1; }
command -v tesseract >/dev/null || { log "tesseract not installed (make deps)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log "building vidoc and pagegen"
go build -o "$work/vidoc" ./cmd/vidoc
go build -o "$work/pagegen" ./cmd/pagegen
go build -o "$work/oracle" ./internal/ocrchan/oracle.go

log "rendering $pages page(s) per dev text (seed $seed)"
"$work/pagegen" -out "$work/pairs" -models vie -keep-images -pages "$pages" -j "$jobs" -seed "$seed" "$shared/dev/texts"

mkdir -p "$work/ocr"
names=()
for png in "$work"/pairs/*.png; do
  names+=("$(basename "$png" .png)")
done
[ "${#names[@]}" -gt 0 ] || { log "pagegen made no pages"; exit 1; }
log "reading ${#names[@]} pages with alternatives"
printf '%s\n' "${names[@]}" | xargs -P "$jobs" -I{} sh -c \
  '"$1/vidoc" ocr -j 1 --format json --alternatives "$1/pairs/$2.png" > "$1/ocr/$2.jsonl"' _ "$work" {}

: >"$work/truth.txt"; : >"$work/tesseract.txt"; : >"$work/oracle.txt"
for n in "${names[@]}"; do
  cat "$work/pairs/$n.truth.txt" >>"$work/truth.txt"; echo >>"$work/truth.txt"
  python3 -c 'import json, sys; print("\n\n".join(json.loads(l)["text"] for l in sys.stdin))' \
    <"$work/ocr/$n.jsonl" >>"$work/tesseract.txt"
  "$work/oracle" "$work/pairs/$n.truth.txt" "$work/ocr/$n.jsonl" >>"$work/oracle.txt"
done

score() { python3 "$shared/tools/vscore.py" "$work/truth.txt" "$1"; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
t=$(score "$work/tesseract.txt"); o=$(score "$work/oracle.txt")
echo "Pages: ${#names[@]} rendered from $shared/dev/texts (held out), $pages per text, seed $seed; read by vidoc ocr --alternatives (tesseract vie)."
echo
echo "| text | syllables | syllable accuracy | CER |"
echo "|---|---:|---:|---:|"
echo "| tesseract vie (as printed) | $(echo "$t" | field words) | $(echo "$t" | field syl_acc) | $(echo "$t" | field cer) |"
echo "| oracle: best candidate from the glyphs' choices | $(echo "$o" | field words) | $(echo "$o" | field syl_acc) | $(echo "$o" | field cer) |"
