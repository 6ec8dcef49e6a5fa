# lib_bench.sh: the set-up every benchmark script shares. Sourced, not run;
# the caller sets `bench_name` (its log prefix). It defines:
#   root, shared           the repository (the working folder) and ../shared
#   log, now, since        logging to stderr and wall-clock timing
#   work                   a temporary folder, removed on exit
#   scan_set, scan_dir,    the set of real scans the real-scan benchmarks
#   scan_truth,            measure (SCAN_SET, below): its folder, the folder
#   scan_set_label         of its scans, that of its transcriptions, and the
#                          name tables give it
#   held_out, is_held_out  the documents of the set no rule was tuned on
#   truth_name, scan_pages a scan page's transcription name, a scan's pages
#                          that have transcriptions
#   scan_files             the set's scans, one path a line
#   has_text_layer         whether a PDF page carries a text layer
#   cer_syl                CER and syllable accuracy (%) of a page, by vscore.py
#   cer_no_leaders         the same CER with dot leaders taken out of both texts
# checks that tesseract and /usr/bin/time are installed, sets
# OMP_THREAD_LIMIT=1 and builds vidoc into $work/vidoc. A caller that
# measures nothing but the set's scans sets bench_needs_truth=1 first: a set
# without transcriptions then prints one "nothing to measure" line on stdout
# and exits 0 before anything is built.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
export OMP_THREAD_LIMIT=1

log() { echo "$bench_name: $*" >&2; }

# The scan set. SCAN_SET is a folder of real scans with their
# transcriptions (NAME.truth.txt, NAME_pK.truth.txt, NAME.fields.json, as
# ../shared/dev/scans/truth/README.md names them) in its truth/ subfolder,
# the scans either beside truth/ (../shared/dev/scans, the default) or in a
# scans/ subfolder (/work/extra/tune as scripts/fetch_realscans.sh lays it
# out). Every real-scan benchmark reads its pages from here and nowhere
# else, so one variable moves all of them to another set.
dev_scans=$shared/dev/scans
scan_set=${SCAN_SET:-$dev_scans}
scan_set=$(cd "$scan_set" 2>/dev/null && pwd || echo "$scan_set")
scan_dir=$scan_set
[ -d "$scan_set/scans" ] && scan_dir=$scan_set/scans
scan_truth=$scan_set/truth
is_dev_set=0
[ -d "$dev_scans" ] && [ "$scan_set" = "$(cd "$dev_scans" && pwd)" ] && is_dev_set=1
if [ "$is_dev_set" = 1 ]; then scan_set_label="dev scans, ../shared/dev/scans"; else scan_set_label="scan set $scan_set"; fi

# held_out names the documents of the set (file names without extension)
# that no rule of layout, repair or structure was tuned on, so that
# benchmarks can total them apart; "all" holds out every one. SCAN_HELD
# sets it; by default, for the dev scans, the two below (every other dev
# scan is a tuning document: epu__dl_2025_0006 in particular was used to
# calibrate textlayer's triage of PDF text layers); for a set whose folder
# is named held or held<N> (fetch_realscans.sh's held/ to held4/,
# the later sets held out from the start), all; for any other set, none.
if [ -n "${SCAN_HELD+set}" ]; then
  held_out=$SCAN_HELD
elif [ "$is_dev_set" = 1 ]; then
  held_out="ocr_vbpl__pline_test vietadmin__2"
elif [[ $(basename "$scan_set") =~ ^held[0-9]*$ ]]; then
  held_out=all
else
  held_out=""
fi

# is_held_out NAME: NAME is a held-out document, or page K of one (NAME_pK,
# as transcriptions of multi-page scans are named).
is_held_out() {
  local d
  [ "$held_out" = all ] && return 0
  for d in $held_out; do
    case "$1" in "$d" | "$d"_p[0-9]*) return 0 ;; esac
  done
  return 1
}
# scan_files: the set's scans (images and PDFs), one path a line, sorted.
scan_files() {
  find "$scan_dir" -maxdepth 1 -type f \( -iname '*.jpg' -o -iname '*.jpeg' -o -iname '*.png' \
    -o -iname '*.tif' -o -iname '*.tiff' -o -iname '*.pdf' \) | LC_ALL=C sort
}
# has_text_layer PDF K: page K of PDF carries a text layer, that is,
# pdftotext gets at least 20 letters or digits from it (a scan without one
# gives nothing, or a few stray characters).
has_text_layer() {
  [ "$(pdftotext -q -f "$2" -l "$2" -enc UTF-8 "$1" - 2>/dev/null | tr -cd '[:alnum:]' | wc -m)" -ge 20 ]
}
if [ "${bench_needs_truth:-0}" = 1 ] && ! ls "$scan_truth"/*.truth.txt >/dev/null 2>&1; then
  echo "$bench_name ($scan_set_label): no transcriptions in $scan_truth: nothing to measure."
  exit 0
fi
# cer_syl TRUTH HYP -> "CER SYL", both in % with two decimals (vscore.py).
cer_syl() {
  python3 "$shared/tools/vscore.py" "$1" "$2" --json |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print("%.2f %.2f" % (100*d["cer"], 100*d["syl_acc"]))'
}

# cer_no_leaders TRUTH HYP -> "CER" in % of the two texts with every run of
# three or more dots (an ellipsis counted as three; a form's blank, printed as a dot leader)
# taken out of both. The transcriptions leave a blank form's dot leaders out
# and vidoc keeps the dots it reads, so on a form the plain CER counts
# mostly dots; this column shows the CER of the form's words.
cer_no_leaders() {
  local d
  d=$(mktemp -d)
  python3 -c 'import re, sys
for src, dst in ((sys.argv[1], sys.argv[3]), (sys.argv[2], sys.argv[4])):
    t = open(src, encoding="utf-8").read()
    t = re.sub(r"(?:\.[ \t]*){3,}", " ", t.replace("\u2026", "..."))
    t = re.sub(r"[ \t]{2,}", " ", t)
    open(dst, "w", encoding="utf-8").write(re.sub(r"[ \t]*\n[ \t]*", "\n", t).strip(" \t"))' "$1" "$2" "$d/truth" "$d/hyp"
  cer_syl "$d/truth" "$d/hyp" | cut -d" " -f1
  rm -rf "$d"
}

# truth_name BASE K N -> the name of the transcription of page K of the N
# pages of scan BASE in the set's truth/: BASE, or BASE_pK for a scan of
# several pages, as transcriptions are named; nothing when that page has
# none.
truth_name() {
  local name=$1
  if [ "$3" -gt 1 ]; then name=${1}_p$2; fi
  if [ -f "$scan_truth/$name.truth.txt" ]; then echo "$name"; fi
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
