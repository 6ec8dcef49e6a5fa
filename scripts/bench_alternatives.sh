#!/usr/bin/env bash
# bench_alternatives.sh: repair that listens to Tesseract's per-glyph
# choices against text-only repair of the same OCR, in one run (issue 14).
#
# 1. Rendered held-out pages: cmd/pagegen renders the development texts
#    (../shared/dev/texts, which neither the language model nor the fit of
#    the mixing weights, scripts/fit_alternatives.sh, saw) as scan-like
#    pages, BENCH_PAGES per text (default 1), with the benchmark's seed.
#    Each page is read once by `vidoc ocr --format json --alternatives`;
#    from that one reading:
#      - OCR input: the page text vidoc's OCR printed;
#      - text-only repair: `vidoc fix` of that text;
#      - with alternatives: `vidoc fix` of the JSON itself (repair listening
#        to the glyphs' choices);
#      - oracle: every wrong syllable put right when the right spelling is
#        among its word's channel candidates (internal/ocrchan/oracle.go),
#        the ceiling of any decoder over these candidates.
#    Per page and in total (all pages as one text), syllable accuracy with
#    ../shared/tools/vscore.py; a page that repair leaves below its OCR
#    input is flagged. Each page is also read without --alternatives, and
#    the CPU time per page of both readings is given (issue 14: at most
#    15 % more with them).
# 2. Real scans with transcriptions (the scan set, SCAN_SET, default
#    ../shared/dev/scans with its truth/; lib_bench.sh): each
#    scan read once by `vidoc ocr --format json --alternatives
#    --text-layer ignore`, each page's text repaired text-only and with
#    alternatives as above; wrong syllables (of the transcription's) per
#    page, totals of tuning and held-out documents apart
#    (scripts/lib_bench.sh).
# A page below its OCR input is listed under the table with the words
# the OCR had right and repair changed (truth → repaired): a typo of the
# source text that repair put right ("bồ sung" for "bổ sung") sinks a
# page as surely as a harm does, and only a reader can tell them apart.
# Prints Markdown on stdout, logs on stderr.
#
# Usage: scripts/bench_alternatives.sh      (SHARED, BENCH_PAGES, BENCH_SEED, BENCH_JOBS,
#        SCAN_SET, SCAN_HELD)
set -euo pipefail

bench_name=bench_alternatives
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
pages=${BENCH_PAGES:-1}
seed=${BENCH_SEED:-1}
jobs=${BENCH_JOBS:-2}
[ -d "$shared/dev/texts" ] || { log "$shared/dev/texts not found (set SHARED)"; exit 1; }
vidoc=$work/vidoc
go build -o "$work/pagegen" ./cmd/pagegen
go build -o "$work/oracle" ./internal/ocrchan/oracle.go

# text JSONL > TXT: the pages' texts of vidoc's OCR JSON, joined as vidoc
# fix joins them (a blank line).
text_of() { python3 -c 'import json, sys; sys.stdout.write("\n\n".join(json.loads(l)["text"] for l in sys.stdin if l.strip()))'; }
# acc TRUTH HYP -> "words correct accuracy%"
acc() {
  python3 "$shared/tools/vscore.py" "$1" "$2" --json |
    python3 -c 'import json, sys; d = json.load(sys.stdin); n = d["words"]; a = d["syl_acc"]; print(n, round(n * a), "%.2f" % (100 * a))'
}

log "rendering $pages page(s) per dev text (seed $seed)"
"$work/pagegen" -out "$work/pairs" -models vie -keep-images -pages "$pages" -j "$jobs" -seed "$seed" "$shared/dev/texts" 2>>"$work/log"
mkdir -p "$work/ocr" "$work/text" "$work/alts" "$work/oracle-out"
names=()
for png in "$work"/pairs/*.png; do
  names+=("$(basename "$png" .png)")
done
[ "${#names[@]}" -gt 0 ] || { log "pagegen made no pages"; exit 1; }
log "reading ${#names[@]} pages with alternatives, and again without them for the time"
mkdir -p "$work/plain" "$work/cpu"
# Each page is read by `vidoc ocr --format json` with and without
# --alternatives, in alternating order (so neither always runs on a warm
# cache), each run's CPU seconds (user + system, /usr/bin/time) kept: on a
# shared machine CPU time, not wall time, is what compares.
printf '%s\n' "${names[@]}" | awk '{ print NR % 2, $0 }' | xargs -P "$jobs" -L 1 sh -c '
  w=$1; k=$2; n=$3
  alts() { /usr/bin/time -f "%U %S" -o "$w/cpu/$n.alts" "$w/vidoc" ocr -j 1 --format json --alternatives "$w/pairs/$n.png" >"$w/ocr/$n.jsonl" 2>>"$w/log"; }
  plain() { /usr/bin/time -f "%U %S" -o "$w/cpu/$n.plain" "$w/vidoc" ocr -j 1 --format json "$w/pairs/$n.png" >"$w/plain/$n.jsonl" 2>>"$w/log"; }
  if [ "$k" = 1 ]; then alts; plain; else plain; alts; fi' _ "$work"

log "repairing text-only and with alternatives"
for n in "${names[@]}"; do
  text_of <"$work/ocr/$n.jsonl" >"$work/ocr/$n.txt"
  "$vidoc" fix -j 1 "$work/ocr/$n.txt" >"$work/text/$n.txt" 2>>"$work/log"
  "$vidoc" fix -j 1 "$work/ocr/$n.jsonl" >"$work/alts/$n.txt" 2>>"$work/log"
  "$work/oracle" "$work/pairs/$n.truth.txt" "$work/ocr/$n.jsonl" >"$work/oracle-out/$n.txt"
done

# harmed TRUTH OCR REPAIRED -> "truth → repaired, …": the word tokens of
# TRUTH that OCR has right and REPAIRED not (vscore.py's alignment).
harmed() {
  python3 - "$shared/tools" "$1" "$2" "$3" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import vscore

def right(truth, hyp):  # per word token of truth: its reading in hyp, and whether it is right
    _, pairs = vscore.align(vscore.tokens(truth), vscore.tokens(hyp))
    return [(h, h is not None and vscore.eq(t, h)) for t, h in pairs if t is not None]

truth = open(sys.argv[2], encoding="utf-8").read()
T = vscore.tokens(truth)
ocr = right(truth, open(sys.argv[3], encoding="utf-8").read())
rep = right(truth, open(sys.argv[4], encoding="utf-8").read())
print(", ".join("%s → %s" % (t, h or "(dropped)") for t, (_, o), (h, r) in zip(T, ocr, rep) if o and not r))
PY
}

echo "## Rendered held-out pages"
echo
echo "${#names[@]} pages rendered from $shared/dev/texts (held out), $pages per text, seed $seed; each read once by \`vidoc ocr --format json --alternatives\` (tesseract vie). Syllable accuracy (%), vscore.py."
echo
echo "| page | syllables | OCR input | text-only repair | with alternatives | |"
echo "|---|---:|---:|---:|---:|---|"
for k in truth ocr text alts oracle; do : >"$work/all-$k.txt"; done
below=0
below_notes=()
for n in "${names[@]}"; do
  t=$work/pairs/$n.truth.txt
  read -r w _ o < <(acc "$t" "$work/ocr/$n.txt")
  read -r _ _ x < <(acc "$t" "$work/text/$n.txt")
  read -r _ _ a < <(acc "$t" "$work/alts/$n.txt")
  flag=""
  if awk -v a="$a" -v o="$o" 'BEGIN { exit !(a < o) }'; then
    flag="**below OCR input**"; below=$((below + 1))
    below_notes+=("- $n, with alternatives: $(harmed "$t" "$work/ocr/$n.txt" "$work/alts/$n.txt"); text-only: $(harmed "$t" "$work/ocr/$n.txt" "$work/text/$n.txt")")
  fi
  echo "| $n | $w | $o | $x | $a | $flag |"
  for k in truth ocr text alts; do
    case $k in truth) f=$t ;; ocr) f=$work/ocr/$n.txt ;; *) f=$work/$k/$n.txt ;; esac
    cat "$f" >>"$work/all-$k.txt"; echo >>"$work/all-$k.txt"
  done
  cat "$work/oracle-out/$n.txt" >>"$work/all-oracle.txt"; echo >>"$work/all-oracle.txt"
done
read -r w co o < <(acc "$work/all-truth.txt" "$work/all-ocr.txt")
read -r _ cx x < <(acc "$work/all-truth.txt" "$work/all-text.txt")
read -r _ ca a < <(acc "$work/all-truth.txt" "$work/all-alts.txt")
read -r _ _ oc < <(acc "$work/all-truth.txt" "$work/all-oracle.txt")
echo "| **total** | $w | $o | $x | $a | |"
echo
echo "Wrong syllables: OCR input $((w - co)), text-only repair $((w - cx)), with alternatives $((w - ca)); pages below their OCR input with alternatives: $below. Oracle (best candidate from the glyphs' choices): $oc %."
echo
if [ "$below" -gt 0 ]; then
  echo "Words the OCR read as the truth has them and repair changed, on the pages below their OCR input (truth → repaired; a typo of the source text put right shows here too):"
  echo
  printf '%s\n' "${below_notes[@]}"
  echo
fi
cpu_of() { cat "$work"/cpu/*."$1" | awk '{ s += $1 + $2 } END { printf "%.2f", s / NR }'; }
t_alts=$(cpu_of alts); t_plain=$(cpu_of plain)
echo "OCR time per page (CPU seconds, user + system, mean over the ${#names[@]} pages, each read both ways in alternating order): \`vidoc ocr --format json\` $t_plain, with \`--alternatives\` $t_alts ($(awk -v a="$t_alts" -v p="$t_plain" 'BEGIN { printf "%+.1f", 100 * (a / p - 1) }') %)."
echo

truth=$scan_truth
if ! ls "$truth"/*.truth.txt >/dev/null 2>&1; then
  echo "## Real scans ($scan_set_label)"
  echo
  echo "No transcriptions in $truth: nothing to measure."
  exit 0
fi
log "real scans: $scan_set_label"
mkdir -p "$work/scans"
mapfile -t files < <(scan_files)
echo "## Real scans ($scan_set_label)"
echo
echo "Each scan read once by \`vidoc ocr --format json --alternatives --text-layer ignore\`; each page with a transcription ($truth) scored on its whole text. Wrong syllables (of the transcription's): OCR input, text-only repair (\`vidoc fix\` of the page text), with alternatives (\`vidoc fix\` of the page's JSON). Held out: documents no rule was tuned on."
echo
echo "| page | held out | syllables | OCR input | text-only repair | with alternatives |"
echo "|---|---|---:|---:|---:|---:|"
declare -A sum
for k in tw to tx ta hw ho hx ha; do sum[$k]=0; done
for f in "${files[@]}"; do
  b=$(basename "$f"); b=${b%.*}
  "$vidoc" ocr -j 1 --format json --alternatives --text-layer ignore "$f" >"$work/scans/$b.jsonl" 2>>"$work/log"
  while read -r k name <&3; do
    sed -n "${k}p" "$work/scans/$b.jsonl" >"$work/scans/$name.page.jsonl"
    text_of <"$work/scans/$name.page.jsonl" >"$work/scans/$name.ocr.txt"
    "$vidoc" fix -j 1 "$work/scans/$name.ocr.txt" >"$work/scans/$name.text.txt" 2>>"$work/log"
    "$vidoc" fix -j 1 "$work/scans/$name.page.jsonl" >"$work/scans/$name.alts.txt" 2>>"$work/log"
    read -r w c _ < <(acc "$truth/$name.truth.txt" "$work/scans/$name.ocr.txt")
    read -r _ cx _ < <(acc "$truth/$name.truth.txt" "$work/scans/$name.text.txt")
    read -r _ ca _ < <(acc "$truth/$name.truth.txt" "$work/scans/$name.alts.txt")
    h=""; p=t
    if is_held_out "$name"; then h=yes; p=h; fi
    echo "| $name | $h | $w | $((w - c)) | $((w - cx)) | $((w - ca)) |"
    sum[${p}w]=$((sum[${p}w] + w)); sum[${p}o]=$((sum[${p}o] + w - c))
    sum[${p}x]=$((sum[${p}x] + w - cx)); sum[${p}a]=$((sum[${p}a] + w - ca))
  done 3< <(scan_pages "$work/scans/$b.jsonl" "$b")
done
echo "| **tuning documents** | | ${sum[tw]} | ${sum[to]} | ${sum[tx]} | ${sum[ta]} |"
echo "| **held out** | yes | ${sum[hw]} | ${sum[ho]} | ${sum[hx]} | ${sum[ha]} |"
