# lib_bench.sh: the set-up every benchmark script shares. Sourced, not run;
# the caller sets `bench_name` (its log prefix). It defines:
#   root, shared           the repository (the working folder) and ../shared
#   log, now, since        logging to stderr and wall-clock timing
#   work                   a temporary folder, removed on exit
#   held_out, is_held_out  the dev scans no rule was tuned on
#   truth_name, scan_pages a scan page's transcription name, a scan's pages
#                          that have transcriptions
#   cer_syl                CER and syllable accuracy (%) of a page, by vscore.py
# checks that tesseract and /usr/bin/time are installed, sets
# OMP_THREAD_LIMIT=1 and builds vidoc into $work/vidoc.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
export OMP_THREAD_LIMIT=1

log() { echo "$bench_name: $*" >&2; }

# held_out names the documents of ../shared/dev/scans (file names without
# extension) that no rule of layout, repair or structure was tuned on, so
# that benchmarks can total them apart. Every other scan is a tuning
# document: epu__dl_2025_0006 in particular was used to calibrate
# textlayer's triage of PDF text layers.
held_out="ocr_vbpl__pline_test vietadmin__2"

# is_held_out NAME: NAME is a held-out document, or page K of one (NAME_pK,
# as transcriptions of multi-page scans are named).
is_held_out() {
  local d
  for d in $held_out; do
    case "$1" in "$d" | "$d"_p[0-9]*) return 0 ;; esac
  done
  return 1
}
# cer_syl TRUTH HYP -> "CER SYL", both in % with two decimals (vscore.py).
cer_syl() {
  python3 "$shared/tools/vscore.py" "$1" "$2" --json |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print("%.2f %.2f" % (100*d["cer"], 100*d["syl_acc"]))'
}

# truth_name BASE K N -> the name of the transcription of page K of the N
# pages of scan BASE in ../shared/dev/scans/truth: BASE, or BASE_pK for a
# scan of several pages, as transcriptions are named; nothing when that
# page has none.
truth_name() {
  local name=$1
  if [ "$3" -gt 1 ]; then name=${1}_p$2; fi
  if [ -f "$shared/dev/scans/truth/$name.truth.txt" ]; then echo "$name"; fi
}
# scan_pages JSONL BASE: for each page K of a scan's OCR JSON lines (one
# page a line) that has a transcription, prints "K NAME" (truth_name).
scan_pages() {
  local np k name
  np=$(grep -c . "$1" || true)
  for k in $(seq 1 "$np"); do
    name=$(truth_name "$2" "$k" "$np")
    if [ -n "$name" ]; then echo "$k $name"; fi
  done
}
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
command -v tesseract >/dev/null || { log "tesseract not installed (make deps)"; exit 1; }
[ -x /usr/bin/time ] || { log "/usr/bin/time missing (Debian package time)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log "building vidoc"
go build -o "$work/vidoc" ./cmd/vidoc
