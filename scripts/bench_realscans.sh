#!/usr/bin/env bash
# bench_realscans.sh: vidoc on real scans against hand transcriptions.
#
# For every page of the scan set (SCAN_SET, default ../shared/dev/scans; see
# lib_bench.sh) that has a transcription in its truth/ (NAME.truth.txt, or
# NAME_pK.truth.txt for page K of a multi-page file), it scores with
# ../shared/tools/vscore.py (CER, syllable accuracy):
#   - raw Tesseract: the tesseract CLI (-l vie) on the page (PDFs rasterized
#     at 300 dpi in gray);
#   - vidoc before layout: `vidoc ocr --no-layout` then `vidoc fix`;
#   - vidoc: `vidoc ocr` (layout on) then `vidoc fix`;
#   and the transcription's lines raw Tesseract and vidoc lose
#   (scripts/lost_lines.py);
# then header fields with scripts/fields_score.py (../shared/tools/fields.py,
# partial numbers scored as issue 11 asks) after `vidoc scan` with
# and without layout, and the seconds per page of `vidoc ocr -j 1` with and
# without layout on the same pages in the same run (what layout adds).
# Per page, layout's cost against OCR's in CPU seconds of the one thread
# that read the page (`vidoc ocr --timings`, in the run with layout): OCR
# and layout measured in the same process on the same page, which a
# shared machine does not skew the way it skews two wall-clock runs.
# Pages held out from tuning the layout rules are marked.
# Prints Markdown on stdout, logs on stderr.
#
# Usage: scripts/bench_realscans.sh          (SHARED overrides ../shared;
#        SCAN_SET=DIR and SCAN_HELD="NAME..." pick the scans, lib_bench.sh)
set -euo pipefail

bench_name=bench_realscans
bench_needs_truth=1
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
scans=$scan_dir
truth=$scan_truth
vidoc=$work/vidoc

# split OUT PREFIX: `vidoc ocr` text output, pages split at form-feed lines.
split_pages() {
  awk -v p="$2" 'BEGIN { k = 1 } /^\f$/ { k++; next } { print > (p "-" k ".txt") }' "$1"
}

mapfile -t files < <(scan_files)
mkdir -p "$work/before" "$work/after" "$work/raw"
t_before=0 t_after=0 c_before=0 c_after=0 pages=0
for f in "${files[@]}"; do
  b=$(basename "$f"); b=${b%.*}
  log "$b"
  # CPU seconds (user + system) as well as wall-clock: on a shared
  # machine the wall clock mostly measures the neighbours.
  t0=$(now); /usr/bin/time -f "%U %S" -o "$work/cpu" "$vidoc" ocr -j 1 --no-layout "$f" >"$work/before/$b.ocr" 2>>"$work/log"
  t_before=$(awk -v a="$t_before" -v b="$(since "$t0")" 'BEGIN { print a + b }')
  c_before=$(awk -v a="${c_before:-0}" '{ print a + $1 + $2 }' "$work/cpu")
  t0=$(now); /usr/bin/time -f "%U %S" -o "$work/cpu" "$vidoc" ocr -j 1 --timings "$work/after/$b.timings" "$f" >"$work/after/$b.ocr" 2>>"$work/log"
  t_after=$(awk -v a="$t_after" -v b="$(since "$t0")" 'BEGIN { print a + b }')
  c_after=$(awk -v a="${c_after:-0}" '{ print a + $1 + $2 }' "$work/cpu")
  split_pages "$work/before/$b.ocr" "$work/before/$b"
  split_pages "$work/after/$b.ocr" "$work/after/$b"
  n=$(ls "$work/after/$b"-*.txt | wc -l)
  # Each page's timing line, named as its transcription would be.
  python3 -c 'import json, sys
b, n = sys.argv[1], int(sys.argv[2])
for line in open(sys.argv[3]):
    t = json.loads(line)
    print(b + ("_p%d" % t["page"] if n > 1 else ""), t["ocr_cpu_s"], t["layout_cpu_s"], t["reread_cpu_s"], t["rereads"], t.get("clean_cpu_s", 0),
          t.get("cells_cpu_s", 0), t.get("cell_reads", 0))' "$b" "$n" "$work/after/$b.timings" >>"$work/timings"
  pages=$((pages + n))
  case "$f" in
    *.pdf|*.PDF) pdftoppm -r 300 -gray -png "$f" "$work/raw/$b" ;;
    *) cp "$f" "$work/raw/$b-1.${f##*.}" ;;
  esac
  k=0
  for img in $(ls "$work/raw/$b"-* | sort -V); do
    k=$((k + 1))
    name=$(truth_name "$b" "$k" "$n")
    [ -n "$name" ] || continue
    tesseract "$img" - -l vie 2>/dev/null >"$work/raw/$name.txt"
    "$vidoc" fix <"$work/before/$b-$k.txt" >"$work/before/$name.txt" 2>>"$work/log"
    "$vidoc" fix <"$work/after/$b-$k.txt" >"$work/after/$name.txt" 2>>"$work/log"
  done
done


echo "## Real scans ($scan_set_label)"
echo
echo "CER and syllable accuracy (%) per page against truth/*.truth.txt (vscore.py). Raw Tesseract: \`tesseract -l vie\`; before layout: \`vidoc ocr --no-layout | vidoc fix\`; vidoc: \`vidoc ocr | vidoc fix\`. Held out: pages of documents no rule was tuned on (scripts/lib_bench.sh). Lines lost: of the transcription's lines of three syllables or more, those no line of the reading (or two neighbouring ones joined) matches in 60 % of its characters (scripts/lost_lines.py; the lost lines are listed on stderr). CER vidoc, leaders out: the same with runs of three or more dots (an ellipsis counting as three) taken out of both texts (lib_bench.sh cer_no_leaders), because the transcriptions leave blank forms' dot leaders out and vidoc keeps them."
echo
echo "| page | held out | CER Tesseract | CER before layout | CER vidoc | CER vidoc, leaders out | syl. Tesseract | syl. before layout | syl. vidoc | lines lost Tesseract | lines lost vidoc |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for t in "$truth"/*.truth.txt; do
  name=$(basename "$t" .truth.txt)
  [ -f "$work/after/$name.txt" ] || continue
  read -r rc rs < <(cer_syl "$t" "$work/raw/$name.txt")
  read -r bc bs < <(cer_syl "$t" "$work/before/$name.txt")
  read -r ac as < <(cer_syl "$t" "$work/after/$name.txt")
  lc=$(cer_no_leaders "$t" "$work/after/$name.txt")
  read -r rl n < <(python3 scripts/lost_lines.py "$t" "$work/raw/$name.txt")
  read -r al _ < <(python3 scripts/lost_lines.py "$t" "$work/after/$name.txt" --list 2> >(sed "s/^/bench_realscans: $name: /" >&2))
  h=""; if is_held_out "$name"; then h=yes; fi
  echo "| $name | $h | $rc | $bc | $ac | $lc | $rs | $bs | $as | $rl of $n | $al of $n |"
done
echo
per_page() { awk -v t="$1" -v n="$pages" 'BEGIN { printf "%.2f", t / n }'; }
added() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%+.1f", 100 * (b - a) / a }'; }
echo "Layout's cost per page: CPU seconds of the thread that read the page, OCR (the page decoded once, orientation, deskew, Tesseract, the copy of its pixels layout gets, and the first reading of a ruled table's cells, which the page's reading leaves out and layout reads on their own crops, also given apart) and layout (the search for a ruled table's rules that OCR paints white before Tesseract reads the page, also given apart; rules, seals, ink on the pixels; and the crops it has Tesseract read again, also given apart), measured in the same \`vidoc ocr -j 1 --timings\` run."
echo
echo "| page | held out | OCR s | table cells s (crops), in OCR | layout s | table rules s | re-reads s (crops) | layout / OCR |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"
while read -r name o l r k c tc tk; do
  h=""; if is_held_out "$name"; then h=yes; fi
  awk -v n="$name" -v h="$h" -v o="$o" -v l="$l" -v r="$r" -v k="$k" -v c="$c" -v tc="$tc" -v tk="$tk" \
    'BEGIN { printf "| %s | %s | %.2f | %.3f (%d) | %.3f | %.3f | %.3f (%d) | %.1f %% |\n", n, h, o, tc, tk, l, c, r, k, 100 * l / o }'
done <"$work/timings"
awk '{ o += $2; l += $3; r += $4; k += $5; c += $6; tc += $7; tk += $8 } END { printf "| mean of %d pages | | %.2f | %.3f (%d) | %.3f | %.3f | %.3f (%d) | %.1f %% |\n", NR, o / NR, tc / NR, tk, l / NR, c / NR, r / NR, k, 100 * l / o }' "$work/timings"
echo
echo "Seconds per page, \`vidoc ocr -j 1\` over the same $pages pages in one run, without → with layout: CPU (user + system) $(per_page "$c_before") → $(per_page "$c_after") ($(added "$c_before" "$c_after") %), wall clock $(per_page "$t_before") → $(per_page "$t_after") ($(added "$t_before" "$t_after") %)."
echo
if ls "$truth"/*.fields.json >/dev/null 2>&1; then
  log "vidoc scan, with and without layout, for the header fields"
  "$vidoc" scan --progress json --no-layout "$scans" -o "$work/scan-before" >/dev/null 2>>"$work/log" || true
  "$vidoc" scan --progress json "$scans" -o "$work/scan-after" >/dev/null 2>>"$work/log" || true
  fb=$(FIELDS_PY="$shared/tools/fields.py" python3 scripts/fields_score.py "$truth" "$work/scan-before" | tail -1)
  fa=$(FIELDS_PY="$shared/tools/fields.py" python3 scripts/fields_score.py "$truth" "$work/scan-after" | tail -1)
  echo "Header fields (fields_score.py against truth/*.fields.json): before layout: $fb; with layout: $fa."
  echo
fi
