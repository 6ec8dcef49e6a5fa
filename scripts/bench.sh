#!/usr/bin/env bash
# make bench: vidoc's accuracy and speed benchmark, end to end, reproducible.
#
#  1. builds vidoc and pagegen;
#  2. makes (truth, OCR) page pairs from ../shared/dev/texts with cmd/pagegen
#     (varied fonts, sizes, 150/200/300 dpi, scan-like damage; tesseract vie,
#     eng, fra, deu, por, Latin) plus the stripped kind made by code;
#  3. runs `vidoc fix` on every input kind, and on the truth itself, and
#     scores before and after with `vidoc eval` (the figures of
#     shared/tools/vscore.py); times the repair;
#  4. runs scripts/bench_ocr.sh, scripts/bench_scan.sh and every other
#     scripts/bench_*.sh (each prints Markdown), noting the missing ones;
#  5. writes docs/benchmark.md (date, machine, tables). It commits nothing.
#
# Environment: SHARED (default ../shared), BENCH_DIR (default .bench, git-ignored),
# BENCH_PAGES pages per dev document (default 1; 0 for all), BENCH_JOBS (default 2),
# BENCH_SEED (default 1), BENCH_OUT (default docs/benchmark.md),
# FIX_TIMEOUT seconds per vidoc fix call (default 300).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
work=${BENCH_DIR:-$root/.bench}
pages=${BENCH_PAGES:-1}
jobs=${BENCH_JOBS:-2}
seed=${BENCH_SEED:-1}
report=${BENCH_OUT:-$root/docs/benchmark.md}
fix_timeout=${FIX_TIMEOUT:-300}
export OMP_THREAD_LIMIT=1

texts=$shared/dev/texts
[ -d "$texts" ] || { echo "bench: $texts not found (set SHARED)" >&2; exit 1; }
command -v tesseract >/dev/null || { echo "bench: tesseract not installed (make deps)" >&2; exit 1; }

t_start=$(date +%s)
log() { echo "bench: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
calc() { awk "BEGIN { printf \"%.0f\", $1 }"; }

# 1. Build.
mkdir -p "$work/bin"
log "building vidoc and pagegen"
go build -o "$work/bin/vidoc" ./cmd/vidoc
go build -o "$work/bin/pagegen" ./cmd/pagegen
vidoc=$work/bin/vidoc

# 2. Pairs. pagegen resumes: pages already made are not read again.
pairs=$work/pairs-s$seed-p$pages
log "making page pairs in $pairs ($pages pages per document; several seconds of tesseract per page and model)"
had=$(ls "$pairs" 2>/dev/null | grep -c '\.truth\.txt$' || true)
t0=$(now)
nice "$work/bin/pagegen" -out "$pairs" -pages "$pages" -j "$jobs" -seed "$seed" "$texts"
t_pairs=$(since "$t0")
pairs_note="making page pairs"
[ "$had" -gt 0 ] && pairs_note="making page pairs ($had of them made by an earlier run with the same seed and reused; pagegen resumes)"

kinds=(correct stripped vie eng fra deu por Latin)
# shellcheck source=lib_pairs.sh
source "$(dirname "$0")/lib_pairs.sh"
stage_pairs "$pairs" "$work" "${kinds[@]}"
rm -rf "$work/fixed"
for k in "${kinds[@]}"; do
  mkdir -p "$work/fixed/$k"
done

# 3. Repair and score every kind.
fix_ok=yes
probe=$work/probe.txt
printf 'Quyet dinh nay co hieu luc ke tu ngay ky.\n' >"$probe"
if ! fix_probe=$(timeout "$fix_timeout" "$vidoc" fix "$probe" 2>&1); then
  fix_ok=no
  log "vidoc fix is not available: $(echo "$fix_probe" | tail -1)"
fi

rows=()
for k in "${kinds[@]}"; do
  before=$work/eval-$k-before.txt
  "$vidoc" eval --truth "$work/truth" "$work/in/$k" >"$before"
  syl=$(total_field "$before" words)
  b_acc=$(total_field "$before" syl_acc)
  b_cer=$(total_field "$before" cer)
  if [ "$fix_ok" = no ]; then
    rows+=("| $k | $n_pages | $syl | $b_acc | $b_cer | not available | not available | not available |")
    continue
  fi
  log "vidoc fix on $k"
  failed=0
  t0=$(now)
  for f in "$work/in/$k"/*.txt; do
    if ! timeout "$fix_timeout" "$vidoc" fix "$f" >"$work/fixed/$k/$(basename "$f")" 2>>"$work/fix-$k.log"; then
      failed=$((failed + 1))
    fi
  done
  secs=$(since "$t0")
  after=$work/eval-$k-after.txt
  "$vidoc" eval --truth "$work/truth" "$work/fixed/$k" --diff 40 >"$after" || true
  a_acc=$(total_field "$after" syl_acc)
  a_cer=$(total_field "$after" cer)
  speed=$(calc "$syl / ($secs + 0.001)")
  note=""
  [ "$failed" -gt 0 ] && note=" ($failed files failed, see .bench/fix-$k.log)"
  rows+=("| $k | $n_pages | $syl | $b_acc | $b_cer | ${a_acc:-?}$note | ${a_cer:-?} | $speed |")
done

# Throughput without per-file start-up: all the eng input in one stream, and
# the start-up alone (an empty input).
stream_row="not available"
if [ "$fix_ok" = yes ]; then
  cat "$work/in/eng"/*.txt "$work/in/stripped"/*.txt "$work/in/fra"/*.txt >"$work/stream.txt"
  stream_syl=$("$vidoc" eval --truth "$work/stream.txt" "$work/stream.txt" | awk '{split($1,kv,"="); print kv[2]}')
  t0=$(now); timeout "$fix_timeout" "$vidoc" fix - </dev/null >/dev/null 2>&1 || true; t_startup=$(since "$t0")
  t0=$(now)
  if timeout "$fix_timeout" "$vidoc" fix "$work/stream.txt" >"$work/stream.fixed.txt" 2>"$work/fix-stream.log"; then
    t_stream=$(since "$t0")
    net=$(awk -v a="$t_stream" -v b="$t_startup" 'BEGIN { printf "%.2f", a - b }')
    stream_row="$stream_syl syllables (eng + stripped + fra inputs in one file) in ${t_stream}s, of which start-up ${t_startup}s: $(calc "$stream_syl / ($t_stream + 0.001)") syllables/s overall, $(calc "$stream_syl / ($net + 0.001)") syllables/s after start-up, one process"
  else
    stream_row="vidoc fix failed on the stream, see .bench/fix-stream.log"
  fi
fi

# OCR cost of the pairs, from pagegen's manifest.
ocr_table=$(python3 - "$pairs/manifest.jsonl" <<'PY'
import json, sys, collections
import os
# A resumed run appends records holding only the models it ran: merge by page,
# and count only pages present in the folder.
folder = os.path.dirname(sys.argv[1])
pages = {}
for line in open(sys.argv[1], encoding='utf-8'):
    r = json.loads(line)
    if not os.path.exists(os.path.join(folder, r['name'] + '.truth.txt')): continue
    p = pages.setdefault(r['name'], dict(r, ocr_seconds={}))
    p['ocr_seconds'].update(r.get('ocr_seconds') or {})
secs = collections.defaultdict(float); n = collections.Counter(); dpis = collections.Counter(); fonts = collections.Counter()
for r in pages.values():
    dpis[r['style']['dpi']] += 1
    fonts[r['style']['font'].rsplit('/', 1)[-1].rsplit('.', 1)[0]] += 1
    for m, s in r['ocr_seconds'].items():
        secs[m] += s; n[m] += 1
print('| tesseract model | pages timed | seconds per page |')
print('|---|---:|---:|')
for m in sorted(secs):
    print('| %s | %d | %.2f |' % (m, n[m], secs[m] / n[m]))
print()
print('Pages by resolution: ' + ', '.join('%d dpi: %d' % (d, c) for d, c in sorted(dpis.items())) +
      '. Fonts: ' + ', '.join('%s: %d' % (f, c) for f, c in sorted(fonts.items())) + '.')
PY
)

# 4. The other benchmarks.
extra=""
# bench_ocr (helper A) and bench_scan (batch) are expected; any other
# scripts/bench_*.sh (language model, repair engine) is run too.
others=(bench_ocr bench_scan)
for f in scripts/bench_*.sh; do
  s=$(basename "$f" .sh)
  # bench_fix_ab compares two builds and needs the base commit as argument:
  # a tool for a change's author, not a figure of this checkout.
  [ "$s" = bench_fix_ab ] && continue
  case " ${others[*]} " in *" $s "*) ;; *) others+=("$s") ;; esac
done
for s in "${others[@]}"; do
  if [ -f "scripts/$s.sh" ]; then
    log "running scripts/$s.sh"
    if out=$(nice bash "scripts/$s.sh" 2>"$work/$s.log"); then
      extra+=$'\n'"## scripts/$s.sh"$'\n\n'"$out"$'\n'
    else
      extra+=$'\n'"## scripts/$s.sh"$'\n\n'"Failed; see .bench/$s.log:"$'\n\n```\n'"$(tail -5 "$work/$s.log")"$'\n```\n'
    fi
  else
    extra+=$'\n'"## scripts/$s.sh"$'\n\n'"Not available in this checkout."$'\n'
  fi
done

# 5. Report.
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
t_total=$(( $(date +%s) - t_start ))
mkdir -p "$(dirname "$report")"
{
  echo "# vidoc benchmark"
  echo
  echo "Made by \`make bench\` (scripts/bench.sh) on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "Machine: ${cpu:-unknown CPU}, $(getconf _NPROCESSORS_ONLN) cores, $mem; $(go version | awk '{print $3}'), $(tesseract --version 2>&1 | head -1)."
  echo "The run took ${t_total}s, of which ${t_pairs%.*}s $pairs_note; the machine was shared with other work, so times are indicative."
  echo
  echo "## Accuracy of \`vidoc fix\` on rendered, degraded dev texts"
  echo
  echo "$n_pages pages from $(ls "$texts"/*.txt | wc -l) documents of shared/dev/texts ($pages per document, spread through it; seed $seed),"
  echo "rendered by cmd/pagegen in varied fonts, sizes and resolutions with scan-like damage, then read by tesseract."
  echo "Scores by \`vidoc eval\` (shared/tools/vscore.py's definitions), summed over pages: syllable accuracy (case-sensitive)"
  echo "and character error rate, before and after \`vidoc fix\`. Speed: syllables repaired per second of wall time,"
  echo "one \`vidoc fix\` process per page, start-up included."
  echo
  echo "| input kind | pages | syllables | syl_acc before | CER before | syl_acc after | CER after | fix syllables/s |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Kinds: correct = the truth itself (after = share of syllables left unchanged); stripped = diacritics removed by code;"
  echo "vie = tesseract vie (near-correct); eng = tesseract eng (diacritics dropped); fra, deu, por, Latin = tesseract's"
  echo "other Latin-script models, whose damage resembles old OCR text layers."
  echo
  echo "Targets (issue 4): stripped ≥ 0.98, eng ≥ 0.96, vie never below its input (aim ≥ 0.995), correct ≥ 0.999."
  echo
  echo "Repair throughput: $stream_row."
  echo
  echo "## Cost of the pairs"
  echo
  echo "$ocr_table"
  echo "$extra"
} >"$report"
log "wrote $report in ${t_total}s"
