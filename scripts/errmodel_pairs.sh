#!/usr/bin/env bash
# Makes (truth, OCR) text pairs for learning the OCR error model of internal/repair:
# passages of ../shared/corpus/legal (never ../shared/dev, the evaluation set) are rendered
# with text2image in several fonts with its default degradation, then OCR'd by Tesseract with
# the models whose damage vidoc repairs (vie: near-correct, eng: stripped, fra/deu/por/Latin (script/Latin):
# the legacy glyph-level kind). Output: OUT/<name>.truth.txt and OUT/<name>.<model>.txt.
#
# usage: scripts/errmodel_pairs.sh OUT [PASSAGES]
set -euo pipefail
out=${1:?usage: errmodel_pairs.sh OUT [PASSAGES]}
n=${2:-24}
corpus=${CORPUS:-$(cd "$(dirname "$0")/../.." && pwd)/shared/corpus/legal}
export OMP_THREAD_LIMIT=1
mkdir -p "$out"
fonts=("DejaVu Serif" "Liberation Serif" "Liberation Sans" "DejaVu Sans")
models=(vie eng fra deu por Latin)
# Passages: every k-th corpus file, a ~1200-character run of whole lines from its middle.
mapfile -t files < <(ls "$corpus"/*.txt | awk -v n="$n" 'BEGIN{srand(7)} {a[NR]=$0} END{step=int(NR/n); if(step<1)step=1; for(i=1;i<=NR&&c<n;i+=step){print a[i]; c++}}')
i=0
for f in "${files[@]}"; do
  name=$(printf 'p%03d' "$i")
  font=${fonts[$((i % ${#fonts[@]}))]}
  i=$((i+1))
  lines=$(wc -l <"$f")
  start=$((lines / 3 + 1))
  tail -n +"$start" "$f" | awk 'length($0)>0 {s+=length($0)+1; print; if (s>1200) exit}' >"$out/$name.truth.txt" || true
  [ -s "$out/$name.truth.txt" ] || { rm -f "$out/$name.truth.txt"; continue; }
  text2image --text "$out/$name.truth.txt" --outputbase "$out/$name" --font "$font" \
    --fonts_dir /usr/share/fonts --ptsize 12 >/dev/null 2>&1 || { echo "render failed: $name" >&2; continue; }
  for m in "${models[@]}"; do
    tag=${m//\//-}
    tesseract "$out/$name.tif" - -l "$m" 2>/dev/null >"$out/$name.$tag.txt" || echo "ocr failed: $name $m" >&2
  done
  rm -f "$out/$name.tif" "$out/$name.box"
done
