#!/usr/bin/env bash
# bench_scan.sh: throughput of `vidoc scan` against the tesseract CLI, in one run.
#
# On the same pages (default: every JPEG and PDF page of the scan set, SCAN_SET,
# ../shared/dev/scans unless set (lib_bench.sh);
# testdata/pages when that is absent) it measures, in this order:
#   - tesseract CLI (-l vie), one process per page, one at a time and two at a
#     time (xargs -P 2), on page images rasterized beforehand (not timed);
#   - vidoc scan -j 1 and -j 2 (all formats, orientation, deskew, repair when
#     available, structure; PDF rasterizing included), each from scratch;
# and prints a Markdown table: pages per minute, the ratio to the CLI at the
# same parallelism, vidoc's share of stage time spent outside OCR (reading
# pages, repair, structure, writing; from the run's JSON summary) and peak
# RSS (/usr/bin/time -v). Logs go to stderr, the table to stdout.
#
# Usage: scripts/bench_scan.sh [SCANS_DIR]      (SHARED overrides ../shared)
set -euo pipefail

bench_name=bench_scan
# shellcheck source=lib_pages.sh
source "$(dirname "$0")/lib_pages.sh"

# vidoc scan; prints "seconds pages outside_ocr peak_rss_kb".
scan() {
  local j=$1 out=$work/out-j$1 t0 secs
  rm -rf "$out"
  t0=$(now)
  /usr/bin/time -v -o "$work/time-j$j" "$work/vidoc" scan "$work/in" -o "$out" -j "$j" --progress json \
    >/dev/null 2>"$work/events-j$j" || true
  secs=$(since "$t0")
  python3 - "$work/events-j$j" "$work/time-j$j" "$secs" <<'PY'
import json, sys
summary = None
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("{"):
        ev = json.loads(line)
        if ev.get("event") == "summary":
            summary = ev
if summary is None:
    sys.exit("no summary event; see the run's stderr")
rss = 0
for line in open(sys.argv[2]):
    if "Maximum resident set size" in line:
        rss = int(line.rsplit(":", 1)[1])
print(sys.argv[3], summary["pages"], summary["outside_ocr"], rss, summary["failed"], summary["partial"])
PY
}
log "vidoc scan -j 1"
read -r v1 p1 o1 r1 f1 q1 < <(scan 1)
log "vidoc scan -j 2"
read -r v2 p2 o2 r2 f2 q2 < <(scan 2)
[ "$p1" = "$n" ] && [ "$p2" = "$n" ] || log "note: vidoc recognised $p1 / $p2 pages, the CLI $n (failed docs: $f1 / $f2)"

repair=on
echo "Quyet dinh" | "$work/vidoc" fix >/dev/null 2>&1 || repair="off (vidoc fix not available)"

awk -v n="$n" -v c1="$cli1" -v c2="$cli2" -v v1="$v1" -v v2="$v2" -v p1="$p1" -v p2="$p2" \
    -v o1="$o1" -v o2="$o2" -v r1="$r1" -v r2="$r2" -v scans="$scans" -v repair="$repair" \
    -v cpu="$(getconf _NPROCESSORS_ONLN)" 'BEGIN {
  printf "Pages: %d from %s; %d CPU(s); repair in the vidoc pipeline: %s.\n", n, scans, cpu, repair
  printf "vidoc does more than the CLI per page: orientation detection, deskew, repair, structure, three output files.\n\n"
  printf "| run | seconds | pages/min | vs tesseract CLI at same parallelism | time outside OCR | peak RSS |\n"
  printf "|---|---:|---:|---:|---:|---:|\n"
  printf "| tesseract CLI, 1 at a time | %.1f | %.1f | 1.00 | | |\n", c1, n*60/c1
  printf "| tesseract CLI, 2 at a time | %.1f | %.1f | 1.00 | | |\n", c2, n*60/c2
  printf "| vidoc scan -j 1 | %.1f | %.1f | %.2f | %.1f %% | %.0f MiB |\n", v1, p1*60/v1, (p1/v1)/(n/c1), o1*100, r1/1024
  printf "| vidoc scan -j 2 | %.1f | %.1f | %.2f | %.1f %% | %.0f MiB |\n", v2, p2*60/v2, (p2/v2)/(n/c2), o2*100, r2/1024
  printf "\nvidoc -j 2 over -j 1: %.2fx.\n", (p2/v2)/(p1/v1)
}'
