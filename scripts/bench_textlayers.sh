#!/usr/bin/env bash
# bench_textlayers.sh: `vidoc fix` on real text layers made by OCR engines the
# error model was not learned from, scored before and after against their hand
# transcriptions. Prints a Markdown table to stdout; logs to stderr. Called by
# scripts/bench.sh; alone: scripts/bench_textlayers.sh [FIX FLAGS...]. Set-up
# (paths, temporary folder, the vidoc build) from lib_bench.sh.
#
# Inputs (../shared, absent: the table says so):
#   - every PDF of the scan set (SCAN_SET, default ../shared/dev/scans;
#     lib_bench.sh) whose pages carry a text layer: the layer of each page
#     that has a transcription (pdftotext, page by page in page order) against
#     those pages' transcriptions joined, tuned on or held out as the set says;
#   and, on the dev scans only:
#   - tuned on: the scanner text layer of dev/scans/epu__dl_2025_0006.pdf against
#     truth/epu__dl_2025_0006_p1 + _p2 joined, and the sample
#     samples/longthanh-2024-kh.ocr.txt against testdata/structure/longthanh-2024-kh.txt;
#   - held out (never looked at while tuning): the two dev/scans/*.NOISY_OCR.json,
#     another program's Tesseract output of whole documents, flattened to text
#     (keys and strings in file order), against the one page each that has a
#     transcription (pline_1 for extracted_data_1, pline_2 for the other).
# TUNED_ONLY=1 leaves the held-out rows out (for measuring while tuning).
# Scoring: shared/tools/vscore.py syl_acc, the share of truth syllables matched
# exactly after a token-level Levenshtein alignment. The epu layer's reading
# order differs a little from the transcription's and the JSONs hold more pages
# than their truth: the alignment absorbs both as insertions and deletions, so
# a syllable counts as right only where it is read right in the aligned place.
set -euo pipefail
bench_name=bench_textlayers
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
vidoc=$work/vidoc
# rows: "KEY:WHAT:KIND" of the table, KEY naming $work/KEY.in and KEY.truth;
# the dev scans' fixed rows first, then the set's PDF layers.
rows=() set_rows=()
# The set's PDF text layers: the pages that have a transcription and a layer.
while read -r f; do
  case "${f,,}" in *.pdf) ;; *) continue ;; esac
  b=$(basename "$f"); b=${b%.*}
  n=$(pdfinfo "$f" 2>/dev/null | awk '/^Pages:/ { print $2 }')
  [ -n "$n" ] || { log "$f: pdfinfo cannot read it, skipped"; continue; }
  got=()
  for ((k = 1; k <= n; k++)); do
    name=$(truth_name "$b" "$k" "$n")
    [ -n "$name" ] && has_text_layer "$f" "$k" || continue
    pdftotext -q -f "$k" -l "$k" -enc UTF-8 "$f" - | tr -d '\f' >>"$work/set-$b.in"
    cat "$scan_truth/$name.truth.txt" >>"$work/set-$b.truth"
    got+=("$k")
  done
  [ ${#got[@]} -gt 0 ] || continue
  kind="tuned on"; is_held_out "$b" && kind="held out"
  set_rows+=("set-$b:text layer of $b (pdftotext, page$([ ${#got[@]} -gt 1 ] && echo s || true) ${got[*]}):$kind")
done < <(scan_files)

scans=$dev_scans
if [ "$is_dev_set" = 1 ] && [ -f "$scans/epu__dl_2025_0006.pdf_textlayer.NOISY_OCR.txt" ]; then
rows+=("epu:scanner text layer, epu__dl_2025_0006 (2 pages):tuned on" "sample:the sample, longthanh-2024-kh:tuned on"
  "json1:Tesseract JSON, extracted_data_1 vs pline_1:held out" "json2:Tesseract JSON, extracted_data_008e497b vs pline_2:held out")
cat "$scans/truth/epu__dl_2025_0006_p1.truth.txt" "$scans/truth/epu__dl_2025_0006_p2.truth.txt" >"$work/epu.truth"
cp "$scans/epu__dl_2025_0006.pdf_textlayer.NOISY_OCR.txt" "$work/epu.in"
cp "$shared/samples/longthanh-2024-kh.ocr.txt" "$work/sample.in"
cp testdata/structure/longthanh-2024-kh.txt "$work/sample.truth"
flatten() {
  python3 - "$1" <<'PY'
import json, sys
def walk(v, out):
    if isinstance(v, dict):
        for k, x in v.items():
            if k not in ("Number", "Topic"):
                out.append(k)
            walk(x, out)
    elif isinstance(v, list):
        for x in v:
            walk(x, out)
    elif isinstance(v, str):
        out.append(v)
out = []
walk(json.load(open(sys.argv[1], encoding="utf-8")), out)
print("\n".join(s.strip() for s in out))
PY
}
flatten "$scans/ocr_vbpl__extracted_data_1.NOISY_OCR.json" >"$work/json1.in"
cp "$scans/truth/ocr_vbpl__pline_1.truth.txt" "$work/json1.truth"
flatten "$scans/ocr_vbpl__extracted_data_008e497b.NOISY_OCR.json" >"$work/json2.in"
cp "$scans/truth/ocr_vbpl__pline_2.truth.txt" "$work/json2.truth"
fi
rows+=("${set_rows[@]}")
if [ ${#rows[@]} = 0 ]; then
  echo "Real text layers ($scan_set_label): no PDF page with both a text layer and a transcription in $scan_truth: nothing to measure."
  exit 0
fi

acc() { python3 "$shared/tools/vscore.py" "$1" "$2" --json | python3 -c 'import json,sys; print("%.1f" % (100 * json.load(sys.stdin)["syl_acc"]))'; }
# held TRUTH LAYER: the share (%) of the transcription's syllables that the
# layer holds at all, that is, that vscore's alignment pairs with some token
# of the layer rather than marking deleted. A word the layer never read (a
# header a structured extraction left out, a line lost to the engine's
# reading order) is out of any text repair's reach. Two syllables glued into
# one token count one of them as not held, though splitting the token can
# win it back: on layers with glued tokens "held" is a little low.
held() {
  python3 - "$shared/tools" "$1" "$2" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import vscore
r = vscore.score(open(sys.argv[2], encoding="utf-8").read(), open(sys.argv[3], encoding="utf-8").read())
missing = sum(1 for t, h in r["errors"] if h is None)
print("%.1f" % (100 * (r["words"] - missing) / max(1, r["words"])))
PY
}
echo "Real text layers, $scan_set_label (\`scripts/bench_textlayers.sh${*:+ $*}\`): syllable accuracy (vscore.py syl_acc, %) of the input and of \`vidoc fix${*:+ $*}\`'s output against the transcription. \"held\" is the share of the transcription's syllables the layer holds at all (aligned to one of its tokens): words the layer never read are out of any text repair's reach (glued tokens make it a little low)."
echo
echo "\"of held\" is after ÷ held: the share of the syllables the layer holds that come out right, what text repair is answerable for."
echo
echo "| input | tuned on or held out | words | held | before | after | of held |"
echo "|---|---|---:|---:|---:|---:|---:|"
for row in "${rows[@]}"; do
  IFS=: read -r key what kind <<<"$row"
  if [ -n "${TUNED_ONLY:-}" ] && [ "$kind" = "held out" ]; then
    continue
  fi
  log "$key"
  if ! "$vidoc" fix "$@" "$work/$key.in" >"$work/$key.out" 2>"$work/$key.err"; then
    echo "| $what | $kind | | $(held "$work/$key.truth" "$work/$key.in") | $(acc "$work/$key.truth" "$work/$key.in") | failed: $(tail -1 "$work/$key.err") | |"
    continue
  fi
  words=$(python3 "$shared/tools/vscore.py" "$work/$key.truth" "$work/$key.in" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["words"])')
  h=$(held "$work/$key.truth" "$work/$key.in")
  a=$(acc "$work/$key.truth" "$work/$key.out")
  echo "| $what | $kind | $words | $h | $(acc "$work/$key.truth" "$work/$key.in") | $a | $(awk -v a="$a" -v h="$h" 'BEGIN { printf "%.1f", (h > 0 ? 100 * a / h : 0) }') |"
done
