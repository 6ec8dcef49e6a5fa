#!/usr/bin/env bash
# bench_ocr.sh: throughput and memory of `vidoc ocr` against the tesseract CLI, in one run.
#
# On the same pages (default: every JPEG and PDF page of the scan set, SCAN_SET,
# ../shared/dev/scans unless set (lib_bench.sh);
# testdata/pages when that is absent) it measures, in this order:
#   - tesseract CLI (-l vie), one process per page, one at a time and two at a
#     time (xargs -P 2), on page images rasterized beforehand (not timed: the
#     CLI gets that work for free);
#   - vidoc ocr -j 1 and -j 2 over the original files (PDF rasterizing,
#     orientation detection and deskew included), and -j 2 with orientation
#     and deskew off, the same work as the CLI;
# and prints a Markdown table: pages per minute, the ratio to the CLI at the
# same parallelism and vidoc's peak RSS (/usr/bin/time -v). Logs go to
# stderr, the table to stdout. (CPU count from getconf: nproc obeys OMP_THREAD_LIMIT.)
#
# Usage: scripts/bench_ocr.sh [SCANS_DIR]      (SHARED overrides ../shared)
set -euo pipefail

bench_name=bench_ocr
# shellcheck source=lib_pages.sh
source "$(dirname "$0")/lib_pages.sh"

# vidoc ocr NAME ARGS... -> "seconds pages peak_rss_kb"
run() {
  local name=$1 t0 secs; shift
  t0=$(now)
  /usr/bin/time -v -o "$work/time-$name" "$work/vidoc" ocr --format json "$@" "${inputs[@]}" \
    >"$work/out-$name" 2>"$work/err-$name" || log "vidoc ocr $*: exit $? (see below)"
  secs=$(since "$t0")
  grep -v '^\s' "$work/err-$name" | grep -i error >&2 || true
  printf '%s %s %s\n' "$secs" "$(grep -c '^{' "$work/out-$name")" \
    "$(awk -F: '/Maximum resident set size/ { print $2 + 0 }' "$work/time-$name")"
}
log "vidoc ocr -j 1"
read -r v1 p1 r1 < <(run j1 -j 1)
log "vidoc ocr -j 2"
read -r v2 p2 r2 < <(run j2 -j 2)
log "vidoc ocr -j 2 --no-upright --no-deskew"
read -r v3 p3 r3 < <(run j2plain -j 2 --no-upright --no-deskew)
[ "$p1" = "$n" ] && [ "$p2" = "$n" ] && [ "$p3" = "$n" ] || log "note: vidoc read $p1 / $p2 / $p3 pages, the CLI $n"

awk -v n="$n" -v files="${#inputs[@]}" -v c1="$cli1" -v c2="$cli2" -v v1="$v1" -v v2="$v2" -v v3="$v3" \
    -v p1="$p1" -v p2="$p2" -v p3="$p3" -v r1="$r1" -v r2="$r2" -v r3="$r3" -v scans="$scans" \
    -v cpu="$(getconf _NPROCESSORS_ONLN)" 'BEGIN {
  printf "Pages: %d in %d files from %s; %d CPU(s); OMP_THREAD_LIMIT=1; tesseract -l vie throughout.\n", n, files, scans, cpu
  printf "The CLI reads page images rasterized beforehand; vidoc reads the original files.\n\n"
  printf "| run | seconds | pages/min | vs tesseract CLI at same parallelism | peak RSS |\n"
  printf "|---|---:|---:|---:|---:|\n"
  printf "| tesseract CLI, 1 at a time | %.1f | %.1f | 1.00 | |\n", c1, n*60/c1
  printf "| tesseract CLI, 2 at a time | %.1f | %.1f | 1.00 | |\n", c2, n*60/c2
  printf "| vidoc ocr -j 1 | %.1f | %.1f | %.2f | %.0f MiB |\n", v1, p1*60/v1, (p1/v1)/(n/c1), r1/1024
  printf "| vidoc ocr -j 2 | %.1f | %.1f | %.2f | %.0f MiB |\n", v2, p2*60/v2, (p2/v2)/(n/c2), r2/1024
  printf "| vidoc ocr -j 2 --no-upright --no-deskew | %.1f | %.1f | %.2f | %.0f MiB |\n", v3, p3*60/v3, (p3/v3)/(n/c2), r3/1024
  printf "\nvidoc -j 2 over -j 1: %.2fx.\n", (p2/v2)/(p1/v1)
}'
