#!/usr/bin/env bash
# bench_pdf.sh: what reading a PDF's own text layer gains (issue 13), in one run.
#
# 1. Speed: a born-digital PDF (dev texts, or testdata/text without ../shared,
#    drawn in DejaVu Serif by scripts/textpdf.go; PAGES pages, default 4) is
#    read by `vidoc ocr -j 1` with --text-layer auto (the layer is used) and
#    --text-layer ignore (every page rasterized and OCRed), and a 10× longer
#    one with auto. Each row is one process, start-up included (loading the
#    lexicon and a Tesseract model); the seconds per page beyond start-up
#    come from the difference between the two auto runs, and the start-up
#    so found is taken off the OCR run. Syllable accuracy is against the
#    PDF's own lines.
# 2. Triage quality: for every PDF of ../shared/dev/scans with a truth per
#    page (NAME_pN.truth.txt), the triage's decision and estimates per page,
#    and what each way actually scores (tools/vscore.py): the layer repaired
#    (`vidoc fix` of the layer text) against OCR then repair.
# Logs go to stderr, a Markdown report to stdout.
#
# Usage: scripts/bench_pdf.sh          (SHARED overrides ../shared; PAGES the size)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
pages=${PAGES:-4}
export OMP_THREAD_LIMIT=1
log() { echo "bench_pdf: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log "building vidoc"
go build -o "$work/vidoc" ./cmd/vidoc
vidoc=$work/vidoc

texts=("$shared"/dev/texts/congbot__*.txt)
[ -e "${texts[0]}" ] || texts=(testdata/text/*.txt)
go run scripts/textpdf.go -out "$work/born.pdf" -pages "$pages" "${texts[@]}"
go run scripts/textpdf.go -out "$work/long.pdf" -pages $((10 * pages)) "${texts[@]}"

# score TRUTH HYP -> syllable accuracy, with vscore.py when there, else vidoc eval
score() {
  if [ -f "$shared/tools/vscore.py" ]; then
    python3 "$shared/tools/vscore.py" "$1" "$2" --json | python3 -c 'import json,sys; print("%.4f" % json.load(sys.stdin)["syl_acc"])'
  else
    "$vidoc" eval --truth "$1" "$2" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print("%.4f" % d.get("syl_acc", d.get("SylAcc", 0)))'
  fi
}

# layer_text JSONL -> the text of every page, one after the other
page_text() { python3 -c 'import json,sys
for l in sys.stdin:
    print(json.loads(l)["text"])'; }

echo "## Text-layer pages against OCR pages"
echo
echo "| --text-layer | pages | seconds | pages/s | decisions | syllable accuracy |"
echo "|---|---:|---:|---:|---|---:|"
for run in auto:born ignore:born auto:long; do
  policy=${run%%:*} doc=${run#*:}
  log "vidoc ocr -j 1 --text-layer $policy $doc.pdf"
  t0=$(now)
  "$vidoc" ocr -j 1 --format json --text-layer "$policy" "$work/$doc.pdf" >"$work/$doc-$policy.jsonl"
  secs=$(since "$t0")
  n=$(grep -c '^{' "$work/$doc-$policy.jsonl")
  decisions=$(python3 -c 'import json,sys,collections
c=collections.Counter(json.loads(l).get("text_layer",{}).get("decision","none") for l in open(sys.argv[1]))
print(", ".join("%s %d" % kv for kv in sorted(c.items())))' "$work/$doc-$policy.jsonl")
  page_text <"$work/$doc-$policy.jsonl" >"$work/$doc-$policy.txt"
  acc=$(score "$work/$doc.txt" "$work/$doc-$policy.txt")
  rate=$(awk -v n="$n" -v s="$secs" 'BEGIN { printf "%.2f", n / s }')
  eval "secs_${policy}_$doc=$secs n_${policy}_$doc=$n"
  echo "| $policy | $n | $secs | $rate | $decisions | $acc |"
done
echo
# shellcheck disable=SC2154 # set by eval above
awk -v a="$secs_auto_born" -v na="$n_auto_born" -v l="$secs_auto_long" -v nl="$n_auto_long" -v o="$secs_ignore_born" -v no="$n_ignore_born" 'BEGIN {
  layer = (l - a) / (nl - na); start = a - na * layer; ocr = (o - start) / no
  printf "Beyond start-up (%.2f s): %.4f s per text-layer page (%.0f pages/s), %.2f s per OCR page (%.2f pages/s): text-layer pages %.0f× faster.\n", start, layer, 1 / layer, ocr, 1 / ocr, ocr / layer
}'
echo

shopt -s nullglob
pdfs=("$shared"/dev/scans/*.pdf)
[ ${#pdfs[@]} -gt 0 ] || { log "no dev PDFs (../shared absent): triage quality skipped"; exit 0; }
echo "## Triage decisions on the dev PDFs"
echo
echo "| PDF page | decision | expected repair | expected OCR | layer repaired | OCR + repair | triage chose the better |"
echo "|---|---|---:|---:|---:|---:|---|"
for pdf in "${pdfs[@]}"; do
  name=$(basename "$pdf" .pdf)
  log "triage, layer and OCR of $name"
  "$vidoc" ocr -j 1 --format json --text-layer use "$pdf" >"$work/$name-use.jsonl"
  "$vidoc" ocr -j 1 --format json --text-layer ignore "$pdf" >"$work/$name-ocr.jsonl"
  "$vidoc" ocr -j 1 --format json --text-layer auto "$pdf" >"$work/$name-auto.jsonl"
  n=$(grep -c '^{' "$work/$name-auto.jsonl")
  for ((p = 1; p <= n; p++)); do
    truth=$shared/dev/scans/truth/${name}_p$p.truth.txt
    [ "$n" = 1 ] && [ ! -f "$truth" ] && truth=$shared/dev/scans/truth/$name.truth.txt
    [ -f "$truth" ] || { log "no truth for $name page $p"; continue; }
    for way in use ocr; do
      sed -n "${p}p" "$work/$name-$way.jsonl" | page_text | "$vidoc" fix >"$work/$name-$p-$way.txt"
    done
    rep=$(score "$truth" "$work/$name-$p-use.txt")
    ocr=$(score "$truth" "$work/$name-$p-ocr.txt")
    read -r decision erep eocr < <(sed -n "${p}p" "$work/$name-auto.jsonl" | python3 -c 'import json,sys
t=json.load(sys.stdin)["text_layer"]; e=t["evidence"]
print(t["decision"], e.get("expected_repair", "-"), e.get("expected_ocr", "-"))')
    better=$(awk -v d="$decision" -v e="$erep" -v r="$rep" -v o="$ocr" 'BEGIN { b = (r > o) ? "repair" : "ocr"; if (e == "-") print "no choice (no usable layer)"; else print (d == b) ? "yes" : "no (" b " scores higher)" }')
    echo "| $name p$p | $decision | $erep | $eocr | $rep | $ocr | $better |"
  done
done
