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

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
scans=${1:-$shared/dev/scans}
[ -d "$scans" ] || scans=$root/testdata/pages
export OMP_THREAD_LIMIT=1

log() { echo "$bench_name: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
command -v tesseract >/dev/null || { log "tesseract not installed (make deps)"; exit 1; }
[ -x /usr/bin/time ] || { log "/usr/bin/time missing (Debian package time)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log "building vidoc"
go build -o "$work/vidoc" ./cmd/vidoc

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
