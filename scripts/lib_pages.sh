# lib_pages.sh: set-up shared by the benchmarks that race vidoc against the
# tesseract CLI on the same scanned pages (bench_ocr.sh, bench_scan.sh).
# Sourced, not run; the caller sets `bench_name` (its log prefix) and passes its
# arguments through. It defines:
#   root, scans, work      the repository, the pages' folder, a temporary folder
#   log, now, since        logging to stderr and wall-clock timing
#   inputs[]               the original files (copied to $work/in as well)
#   pages[], n             the same pages as images for the CLI, and their count
#   cli PARALLEL           seconds for `tesseract -l vie` over pages[], PARALLEL at a time
# and builds vidoc into $work/vidoc.

# shellcheck source=lib_bench.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib_bench.sh"
scans=${1:-$scan_dir}
[ -d "$scans" ] || scans=$root/testdata/pages

# The files vidoc reads, and the same pages as images for the CLI (made here,
# not timed: the CLI gets that work for free). PDFs are rasterized in gray at
# 300 dpi, the resolution of every PDF scan in dev/scans and the one vidoc
# finds with pdfimages.
inputs=()
mkdir -p "$work/in" "$work/pages"
shopt -s nullglob nocaseglob
for f in "$scans"/*.{jpg,jpeg,png,tif,tiff,pdf}; do
  inputs+=("$f")
  cp "$f" "$work/in/"
  b=$(basename "$f")
  case "${b,,}" in
    *.pdf) pdftoppm -r 300 -gray -png "$f" "$work/pages/$b" ;;
    *.tif|*.tiff) tiffsplit "$f" "$work/pages/$b-" >/dev/null ;;
    *) cp "$f" "$work/pages/" ;;
  esac
done
shopt -u nocaseglob
pages=("$work"/pages/*)
n=${#pages[@]}
[ "$n" -gt 0 ] || { log "no pages in $scans"; exit 1; }
log "$n pages in ${#inputs[@]} files from $scans"

cli() { # cli PARALLEL -> seconds
  local t0; t0=$(now)
  printf '%s\0' "${pages[@]}" | xargs -0 -P "$1" -I{} sh -c 'tesseract "$1" - -l vie >/dev/null 2>&1' _ {}
  since "$t0"
}
log "tesseract CLI, one at a time"
cli1=$(cli 1)
log "tesseract CLI, two at a time"
cli2=$(cli 2)
