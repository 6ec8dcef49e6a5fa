#!/usr/bin/env bash
# bench_layoutcost.sh: what layout adds to OCR on rendered A4 pages at
# 300 dpi with every part layout looks for (two-column header and closing,
# a red seal and a signature over the signer block, rules under the header,
# a ruled table): BenchmarkLayoutCost in internal/layout reads each page as
# vidoc ocr does (the table's rules painted white first, layout.TableRules,
# timed as layout's) and then finds its layout, both timed in CPU time of the
# one thread they run on, in the same run on the same page, in colour, grey
# and 1-bit. Needs no ../shared. Prints Markdown on stdout.
#
# Usage: scripts/bench_layoutcost.sh     (LAYOUTCOST_RUNS: iterations, default 3)
set -euo pipefail

cd "$(dirname "$0")/.."
export OMP_THREAD_LIMIT=1
runs=${LAYOUTCOST_RUNS:-3}
command -v tesseract >/dev/null || { echo "bench_layoutcost: tesseract not installed (make deps)" >&2; exit 1; }
out=$(go test -run '^$' -bench 'LayoutCost' -benchtime "${runs}x" ./internal/layout)

echo "## Layout's cost on rendered pages"
echo
echo "CPU milliseconds per page of OCR (the page decoded once, orientation, deskew, Tesseract, the copy of its pixels layout gets) and of layout (the search for the table's rules that OCR paints white before Tesseract reads the page; rules, seal, ink on the pixels; and the crops it has Tesseract read again, also given apart), mean of $runs readings of each page in one run (\`go test -bench LayoutCost ./internal/layout\`): an A4 page at 300 dpi with a two-column header and closing, a red seal and a signature, and a ruled table that Tesseract's page pass garbles or leaves unread while its rules are on the page."
echo
echo "| page | OCR ms | layout ms | re-reads ms (crops) | layout / OCR |"
echo "|---|---:|---:|---:|---:|"
echo "$out" | awk '/^BenchmarkLayoutCost\// {
  name = $1; sub(/^BenchmarkLayoutCost\//, "", name); sub(/-[0-9]+$/, "", name)
  for (i = 3; i < NF; i += 2) v[$(i + 1)] = $i
  printf "| %s | %.0f | %.1f | %.1f (%d) | %.1f %% |\n", name, v["ocr-ms/op"], v["layout-ms/op"], v["reread-ms/op"], v["rereads/op"], v["layout-%"]
}'
echo
