#!/usr/bin/env bash
# bench_scanadapt.sh: `vidoc scan` on the dev scans with the repair's
# adaptation off, per document (the default) and pooled over the batch, scored
# against the hand transcriptions (syllable accuracy and CER of
# shared/tools/vscore.py, each document's pages joined in order), the scanner
# text layer of epu__dl_2025_0006 also read as it is (--text-layer use), held-out
# documents apart. OCR runs once per mode at -j 1 (BENCH_JOBS). Prints Markdown
# on stdout, logs on stderr. Called by scripts/bench.sh; alone:
# scripts/bench_scanadapt.sh.
set -euo pipefail
bench_name=bench_scanadapt
if [ ! -d "${SHARED:-$(dirname "$0")/../../shared}/dev/scans/truth" ]; then
  echo "No dev scans with transcriptions (../shared/dev/scans/truth): nothing to measure."
  exit 0
fi
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
scans=$shared/dev/scans
truth=$scans/truth
vidoc=$work/vidoc
jobs=${BENCH_JOBS:-1}

# The scans that have a transcription, and their truth (pages joined).
mkdir -p "$work/in" "$work/layer" "$work/truth"
names=()
shopt -s nullglob
for f in "$scans"/*.{jpg,jpeg,png,tif,tiff,pdf}; do
  n=$(basename "${f%.*}")
  parts=("$truth/$n.truth.txt")
  [ -f "${parts[0]}" ] || parts=("$truth/$n"_p*.truth.txt)
  [ ${#parts[@]} -gt 0 ] && [ -f "${parts[0]}" ] || continue
  cat "${parts[@]}" >"$work/truth/$n.txt"
  ln -s "$f" "$work/in/$(basename "$f")"
  names+=("$n")
done
layer=epu__dl_2025_0006
[ -f "$scans/$layer.pdf" ] && ln -s "$scans/$layer.pdf" "$work/layer/$layer.pdf"

modes=(off document batch)
for m in "${modes[@]}"; do
  log "vidoc scan --adapt $m (${#names[@]} documents)"
  "$vidoc" scan "$work/in" -o "$work/out-$m" --adapt "$m" -j "$jobs" --progress none --format txt,json >/dev/null 2>>"$work/log" || true
  if [ -e "$work/layer/$layer.pdf" ]; then
    "$vidoc" scan "$work/layer" -o "$work/layer-$m" --adapt "$m" -j "$jobs" --text-layer use --progress none --format txt,json >/dev/null 2>>"$work/log" || true
  fi
done

score() { # score TRUTH HYP -> "syl_acc cer"
  if [ -f "$2" ]; then
    python3 "$shared/tools/vscore.py" "$1" "$2" | awk '{ for (i=1;i<=NF;i++) { split($i,kv,"="); v[kv[1]]=kv[2] } print v["syl_acc"], v["cer"] }'
  else
    echo "- -"
  fi
}
learned() { # learned JSON -> "N (damage)" or 0
  python3 - "$1" <<'PY'
import json, sys
try:
    a = json.load(open(sys.argv[1])).get('adaptation') or {}
except OSError:
    a = {}
print('%d%s' % (a.get('learned', 0), ' (%s)' % a['damage'] if a.get('damage') else ''))
PY
}

echo "Dev scans with a transcription, \`vidoc scan -j $jobs\` (text layers triaged as by default) with \`--adapt off\`,"
echo "\`document\` and \`batch\`; syllable accuracy (CER in brackets) of each document's .txt against its pages'"
echo "transcriptions joined, and the confusions learned. The last row reads epu__dl_2025_0006's scanner text layer as"
echo "it is (\`--text-layer use\`) instead of OCR."
echo
echo "| document | set | off | document | batch | learned (document / batch) |"
echo "|---|---|---:|---:|---:|---|"
row() { # row NAME SET OUTPREFIX
  local cells=() l=() m s
  for m in "${modes[@]}"; do
    read -r s c < <(score "$work/truth/$1.txt" "$work/$3-$m/$1.txt")
    cells+=("$s ($c)")
  done
  l=("$(learned "$work/$3-document/$1.json")" "$(learned "$work/$3-batch/$1.json")")
  echo "| $1 | $2 | ${cells[0]} | ${cells[1]} | ${cells[2]} | ${l[0]} / ${l[1]} |"
}
for n in "${names[@]}"; do
  set_=tuned-on
  is_held_out "$n" && set_="**held out**"
  row "$n" "$set_" out
done
if [ -e "$work/layer/$layer.pdf" ]; then
  cat "$truth/${layer}"_p*.truth.txt >"$work/truth/$layer.txt"
  row "$layer" "tuned-on, text layer" layer
fi
