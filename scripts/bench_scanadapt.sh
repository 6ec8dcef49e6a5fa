#!/usr/bin/env bash
# bench_scanadapt.sh: `vidoc scan` on the real scans (the scan set, SCAN_SET,
# default ../shared/dev/scans; lib_bench.sh) with the repair's
# adaptation off, per document (the default) and pooled over the batch, scored
# against the hand transcriptions (syllable accuracy and CER of
# shared/tools/vscore.py, each document's pages joined in order), every PDF's
# text layer (as epu__dl_2025_0006's scanner layer) also read as it is
# (--text-layer use), held-out
# documents apart. OCR runs once per mode at -j 1 (BENCH_JOBS). Prints Markdown
# on stdout, logs on stderr. Called by scripts/bench.sh; alone:
# scripts/bench_scanadapt.sh.
set -euo pipefail
bench_name=bench_scanadapt
bench_needs_truth=1
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
scans=$scan_dir
truth=$scan_truth
vidoc=$work/vidoc
jobs=${BENCH_JOBS:-1}

# The scans that have a transcription, and their truth (pages joined).
mkdir -p "$work/in" "$work/layer" "$work/truth"
names=() layers=()
shopt -s nullglob
while read -r f; do
  n=$(basename "${f%.*}")
  parts=("$truth/$n.truth.txt")
  [ -f "${parts[0]}" ] || parts=("$truth/$n"_p*.truth.txt)
  [ ${#parts[@]} -gt 0 ] && [ -f "${parts[0]}" ] || continue
  mapfile -t parts < <(printf '%s\n' "${parts[@]}" | sort -V)
  cat "${parts[@]}" >"$work/truth/$n.txt"
  ln -s "$f" "$work/in/$(basename "$f")"
  names+=("$n")
  # A PDF whose first page carries a text layer is also read from it.
  case "${f,,}" in *.pdf) if has_text_layer "$f" 1; then ln -s "$f" "$work/layer/"; layers+=("$n"); fi ;; esac
done < <(scan_files)

# scan OUT IN ARGS...: vidoc scan IN into OUT, its stderr kept in OUT.err. A
# failed run goes on (the other modes still measure), and the table shows
# each document it left without output as failed, with the reason.
scan() {
  local out=$1 in=$2
  shift 2
  if ! "$vidoc" scan "$in" -o "$out" -j "$jobs" --progress none --format txt,json "$@" >/dev/null 2>"$out.err"; then
    log "vidoc scan $in $*: failed: $(tail -1 "$out.err")"
  fi
}
modes=(off document batch)
for m in "${modes[@]}"; do
  log "vidoc scan --adapt $m (${#names[@]} documents)"
  scan "$work/out-$m" "$work/in" --adapt "$m"
  if [ ${#layers[@]} -gt 0 ]; then
    scan "$work/layer-$m" "$work/layer" --adapt "$m" --text-layer use
  fi
done

score() { # score TRUTH HYP -> "syl_acc (cer)"
  python3 "$shared/tools/vscore.py" "$1" "$2" | awk '{ for (i=1;i<=NF;i++) { split($i,kv,"="); v[kv[1]]=kv[2] } print v["syl_acc"] " (" v["cer"] ")" }'
}
failure() { # failure OUT NAME -> "failed: REASON": the error the manifest
  # records for document NAME (its input path, which the row names, cut off;
  # its distinct lines joined), else the last line of the scan's stderr
  local why
  why=$(python3 - "$1" "$2" <<'PY'
import json, os, sys
out, name = sys.argv[1:]
why = ''
try:
    for line in open(os.path.join(out, 'vidoc-manifest.jsonl'), encoding='utf-8'):
        try:
            r = json.loads(line)
        except ValueError:
            continue
        if name in (r.get('name'), os.path.splitext(r.get('name', ''))[0]):
            why = r.get('error') or 'status ' + r.get('status', '?')
            why = why.removeprefix(r.get('input', '') + ': ')
except OSError:
    pass
lines = []
for l in why.splitlines():
    if l.strip() and l.strip() not in lines:
        lines.append(l.strip())
print(' / '.join(lines))
PY
  )
  [ -n "$why" ] || why=$(tail -1 "$1.err" 2>/dev/null)
  echo "failed: ${why:-no output, no error given}" | tr '|' '/'
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

echo "Real scans with a transcription ($scan_set_label), \`vidoc scan -j $jobs\` (text layers triaged as by default) with \`--adapt off\`,"
echo "\`document\` and \`batch\`; syllable accuracy (CER in brackets) of each document's .txt against its pages'"
echo "transcriptions joined, and the confusions learned. The rows marked text layer read a PDF's own text layer as"
echo "it is (\`--text-layer use\`) instead of OCR."
echo
echo "| document | set | off | document | batch | learned (document / batch) |"
echo "|---|---|---:|---:|---:|---|"
row() { # row NAME SET OUTPREFIX
  local cells=() l=() m
  for m in "${modes[@]}"; do
    if [ -f "$work/$3-$m/$1.txt" ]; then
      cells+=("$(score "$work/truth/$1.txt" "$work/$3-$m/$1.txt")")
    else
      cells+=("$(failure "$work/$3-$m" "$1")")
    fi
  done
  l=("$(learned "$work/$3-document/$1.json")" "$(learned "$work/$3-batch/$1.json")")
  echo "| $1 | $2 | ${cells[0]} | ${cells[1]} | ${cells[2]} | ${l[0]} / ${l[1]} |"
}
for n in "${names[@]}"; do
  set_=tuned-on
  is_held_out "$n" && set_="**held out**"
  row "$n" "$set_" out
done
for n in "${layers[@]}"; do
  set_=tuned-on
  is_held_out "$n" && set_="**held out**"
  row "$n" "$set_, text layer" layer
done
