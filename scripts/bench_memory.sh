#!/usr/bin/env bash
# bench_memory.sh: does vidoc read a 500-page scan in flat memory?
#
# Builds, from eight small varied pages of the project's own test text
# (scripts/mempages.go: A7 at 150 dpi, 4 or 5 lines, two turned a quarter turn and two a
# half turn, so orientation detection turns them), a MEM_PAGES-page
# multi-page TIFF (default 500; pages alternately 8-bit grey Deflate and
# 1-bit CCITT G4, joined by tiffcp; G4 by ImageMagick's convert when it is
# installed) and a MEM_PAGES-page image-only PDF. Small pages keep the run
# short on a shared machine; the page count is what memory is measured over.
# Over each file it runs, with -j MEM_JOBS (default 2) and orientation
# detection on:
#   - vidoc ocr --format json            (OCR and layout)
#   - vidoc ocr --format json --alternatives  (each glyph's choices kept)
#   - vidoc scan                          (OCR, layout, repair, structure, txt/json/md)
#   - vidoc scan --alternatives           (the same, repair listening to each
#                                          glyph's choices: issue 14's path end to end)
# and samples the resident memory of vidoc and its child processes (VmRSS
# of /proc/PID/status, pdftoppm included) every second. It prints a Markdown
# table: peak RSS, the median RSS of each half of the run, and the slope of
# RSS against pages done over each half (least squares, MB per 100 pages;
# pages done counted from vidoc's own output as the run goes). Flat memory
# is a second-half slope near zero, not above the first half's. The samples
# are kept beside the outputs (NAME.rss.tsv) when MEM_KEEP names a folder.
#
# Usage: scripts/bench_memory.sh   (MEM_PAGES, MEM_JOBS, MEM_DOCS="tiff pdf" the files
#                                   run over, MEM_CMDS="ocr alts scan scanalts" the commands run,
#                                   MEM_VIDOC=BINARY measures that build instead of the tree's,
#                                   MEM_KEEP=DIR keeps the files for a later run)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
pages=${MEM_PAGES:-500}
jobs=${MEM_JOBS:-2}
export OMP_THREAD_LIMIT=1
log() { echo "bench_memory: $*" >&2; }
command -v tesseract >/dev/null || { log "tesseract not installed (make deps)"; exit 1; }
command -v tiffcp >/dev/null || { log "tiffcp missing (Debian package libtiff-tools)"; exit 1; }

if [ -n "${MEM_KEEP:-}" ]; then
  work=$MEM_KEEP
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi
if [ -n "${MEM_VIDOC:-}" ]; then
  cp "$MEM_VIDOC" "$work/vidoc"
else
  go build -o "$work/vidoc" ./cmd/vidoc
fi

# The documents.
if [ ! -s "$work/long.tiff" ] || [ ! -s "$work/long.pdf" ]; then
  log "rendering pages and building a $pages-page TIFF and PDF"
  go run scripts/mempages.go -out "$work/pages" -pdf "$work/long.pdf" -pages "$pages"
  g4=no
  if command -v convert >/dev/null; then
    g4=yes
    for f in "$work"/pages/page-*.tiff; do
      convert "$f" -threshold 55% -compress Group4 "${f%.tiff}-g4.tiff"
    done
  fi
  distinct=$(ls "$work"/pages/page-?.tiff | wc -l)
  files=()
  for ((i = 0; i < pages; i++)); do
    f=$work/pages/page-$((i % distinct + 1)).tiff
    [ "$g4" = yes ] && [ $((i % 2)) = 1 ] && f=${f%.tiff}-g4.tiff
    files+=("$f")
  done
  tiffcp "${files[@]}" "$work/long.tiff"
fi
g4_note="no G4 (convert missing)"
[ -n "$(ls "$work"/pages/*-g4.tiff 2>/dev/null)" ] && g4_note="G4 by convert"

# run NAME PROGRESS_FILE PATTERN CMD...: runs CMD, sampling RSS, and
# prints one table row. Pages done are the lines of PROGRESS_FILE holding
# PATTERN (every line when empty).
run() {
  local name=$1 progress=$2 pattern=$3
  shift 3
  log "$name"
  python3 - "$name" "$pages" "$progress" "$pattern" "$@" <<'PY'
import os, subprocess, sys, time

name, pages, progress, pattern = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
cmd = sys.argv[5:]

def children():
    kids = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        kids.setdefault(ppid, []).append(int(pid))
    return kids

def tree_rss(root):
    kids, todo, total = children(), [root], 0
    while todo:
        pid = todo.pop()
        todo.extend(kids.get(pid, []))
        try:
            with open(f"/proc/{pid}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total

out = open(os.devnull, "w")
stdout = open(progress, "w") if progress.endswith(".stdout") else out
stderr = open(progress, "w") if progress.endswith(".stderr") else out
t0 = time.time()
p = subprocess.Popen(cmd, stdout=stdout, stderr=stderr)
samples = []  # (seconds, RSS KB, pages done)
done, offset, partial = 0, 0, b""

def count():  # pages done so far, from the lines PROGRESS_FILE has gained
    global done, offset, partial
    try:
        with open(progress, "rb") as f:
            f.seek(offset)
            chunk = f.read()
    except OSError:
        return
    offset += len(chunk)
    lines = (partial + chunk).split(b"\n")
    partial = lines.pop()
    done += sum(1 for l in lines if pattern.encode() in l)

while p.poll() is None:
    rss = tree_rss(p.pid)
    count()
    if rss:
        samples.append((time.time() - t0, rss, done))
    time.sleep(1)
secs = time.time() - t0
count()
# The samples, for a plot or a closer look: seconds, RSS KB, pages done.
with open(progress.rsplit(".", 1)[0] + ".rss.tsv", "w") as f:
    for s in samples:
        f.write("%.1f\t%d\t%d\n" % s)
if p.returncode != 0:
    sys.stderr.write(f"{name}: exit status {p.returncode}\n")

def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2] if xs else float("nan")

def slope(pts):  # MB per 100 pages, least squares of RSS on pages done
    if len(pts) < 3:
        return float("nan")
    n = len(pts)
    mx = sum(x for x, _ in pts) / n
    my = sum(y for _, y in pts) / n
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    if sxx == 0:
        return float("nan")
    return sum((x - mx) * (y - my) for x, y in pts) / sxx * 100 / 1024

# The first pages load the models and fill Tesseract's caches: the first
# half starts after 5 % of the pages.
first = [(d, r) for _, r, d in samples if pages * 0.05 <= d < pages / 2]
second = [(d, r) for _, r, d in samples if d >= pages / 2]
peak = max((r for _, r, _ in samples), default=0)
print("| %s | %d | %.0f | %.0f | %.0f | %.0f | %+.2f | %+.2f |" % (
    name, done, secs, peak / 1024,
    median([r for _, r in first]) / 1024, median([r for _, r in second]) / 1024,
    slope(first), slope(second)))
PY
}

v=$work/vidoc
echo "$pages pages (A7, 150 dpi, 4 or 5 lines; of 8 distinct pages 4 turned 90/180/270°; the TIFF alternately Deflate grey and G4: $g4_note), -j $jobs, orientation detection and deskew on; RSS of vidoc and its child processes sampled every second."
echo
echo "| run | pages done | seconds | peak RSS MB | median RSS 1st half MB | median RSS 2nd half MB | slope 1st half MB/100 pages | slope 2nd half MB/100 pages |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
cmds=" ${MEM_CMDS:-ocr alts scan scanalts} "
for doc in ${MEM_DOCS:-tiff pdf}; do
  f=$work/long.$doc
  [[ $cmds == *" ocr "* ]] && run "ocr $doc" "$work/ocr-$doc.stdout" "" "$v" ocr --format json -j "$jobs" "$f"
  [[ $cmds == *" alts "* ]] && run "ocr --alternatives $doc" "$work/alts-$doc.stdout" "" "$v" ocr --format json --alternatives -j "$jobs" "$f"
  if [[ $cmds == *" scan "* ]]; then
    rm -rf "$work/scan-$doc"
    run "scan $doc" "$work/scan-$doc.stderr" '"event":"page"' "$v" scan "$f" -o "$work/scan-$doc" -j "$jobs" --progress json
  fi
  if [[ $cmds == *" scanalts "* ]]; then
    rm -rf "$work/scanalts-$doc"
    run "scan --alternatives $doc" "$work/scanalts-$doc.stderr" '"event":"page"' "$v" scan --alternatives "$f" -o "$work/scanalts-$doc" -j "$jobs" --progress json
  fi
done
