#!/usr/bin/env bash
# bench_lostlines.sh: lines of print lost by `vidoc ocr` on generated first
# and last pages (issue 11: "no line of body text or of the Nơi nhận list is
# lost; every dropped region is listed in JSON").
#
# cmd/formgen draws, for each seed, a document's first page (two-column
# header with the national title and its underlined motto or the Party
# title, body, closing; seal, signature, handwritten blanks, banners,
# specks) and its last page (-last: page number, the body's last
# paragraphs, a Nơi nhận list as long as real ones ending in "- Lưu: VT,
# P.TCHC (02)." shapes or in unit codes ("- Lưu: VT, PC06(Đ2).", "- Lưu:
# KH03 (Đ8).") beside the signer block or on its name's row, the seal over
# the signer's title, higher, askew over the list or low over its last
# lines, or the signer's flourish over them), and the first pages again with
# their top cut through the motto or the Party title (-topcut: a copy
# scanned low or cropped tight, its first header row lost and the fixed
# line shaved), as 1-bit scans at 200/300 dpi or
# colour JPEGs at 150–200 dpi, with the lines each prints (NAME.truth.txt).
# `vidoc ocr --format json -j 1` reads them once; scripts/lost_lines.py
# counts the truth's lines of 3+ syllables that vidoc's text lacks, and the
# same of Tesseract's own lines (the JSON's "lines", before layout) from the
# same reading. Each lost line of the tuning seeds is listed with the
# dropped regions (reason, box, words) holding its words and Tesseract's
# closest line. Two seed ranges apart: tuning seeds 1..FORMS, held-out
# seeds 100001..100000+FORMS (counts only; their lines go to the log).
# The layout / OCR column is the CPU seconds of layout over those of OCR,
# summed over the range's pages (vidoc ocr --timings).
# Logs go to stderr, the Markdown to stdout. Needs no ../shared.
#
# Usage: scripts/bench_lostlines.sh   (LOST_FORMS=N seeds per range, default 20;
#        LOST_TOPCUT=S the cut pages' share of the fixed line cut, default 0.4, 0: none)
set -euo pipefail
bench_name=bench_lostlines
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
forms=${LOST_FORMS:-20}
topcut=${LOST_TOPCUT:-0.4}
shopt -s nullglob # a small range may draw no colour page, or no 1-bit one
go build -o "$work/formgen" ./cmd/formgen

rows=()
lists=""
for r in tune:1 held:100001; do
  name=${r%%:*} from=${r#*:}
  dir=$work/forms-$name
  mkdir -p "$dir"
  log "formgen seeds $from..$((from + forms - 1)) ($name): first and last pages"
  "$work/formgen" -out "$dir" -from "$from" -to "$((from + forms))"
  "$work/formgen" -out "$dir" -from "$from" -to "$((from + forms))" -last
  if [ "$topcut" != 0 ]; then
    "$work/formgen" -out "$dir" -from "$from" -to "$((from + forms))" -topcut "$topcut"
  fi
  t0=$(now)
  "$work/vidoc" ocr --format json -j 1 --timings "$work/timings-$name.jsonl" "$dir"/*.png "$dir"/*.jpg \
    >"$work/ocr-$name.jsonl" 2>"$work/ocr-$name.log" || { log "vidoc ocr failed"; tail -5 "$work/ocr-$name.log" >&2; exit 1; }
  log "$name: read in $(since "$t0") s"
  out=$(python3 - "$work" "$name" "$dir" <<'PY'
import json, os, subprocess, sys
work, name, dir = sys.argv[1:4]
kinds = ("first", "last", "cut")
tot = {k: [0, 0, 0, 0] for k in kinds}  # lines, lost vidoc, lost Tesseract, pages
listed = []
for line in open(os.path.join(work, "ocr-%s.jsonl" % name), encoding="utf-8"):
    page = json.loads(line)
    base = os.path.splitext(os.path.basename(page["file"]))[0]
    kind = "last" if base.endswith("-last") else "cut" if base.endswith("-cut") else "first"
    stem = os.path.join(work, "page-" + base)
    with open(stem + ".json", "w", encoding="utf-8") as f:
        f.write(line)
    with open(stem + ".vidoc.txt", "w", encoding="utf-8") as f:
        f.write(page["text"])
    with open(stem + ".tess.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(l["text"] for l in page.get("lines") or []))
    truth = os.path.join(dir, base + ".truth.txt")
    run = lambda hyp, *a: subprocess.run(["python3", "scripts/lost_lines.py", truth, hyp, *a], capture_output=True, text=True, check=True)
    v = run(stem + ".vidoc.txt", "--list", "--dropped", stem + ".json")
    t = run(stem + ".tess.txt")
    lost, n = map(int, v.stdout.split())
    tlost, _ = map(int, t.stdout.split())
    k = tot[kind]
    k[0] += n; k[1] += lost; k[2] += tlost; k[3] += 1
    if v.stderr.strip():
        listed.append("%s (%s dpi %s):\n%s" % (base, "1-bit" if page["file"].endswith(".png") else "colour JPEG", page["dpi"], v.stderr.rstrip()))
ocr = lay = 0.0
for line in open(os.path.join(work, "timings-%s.jsonl" % name), encoding="utf-8"):
    t = json.loads(line)
    ocr += t.get("ocr_cpu_s", 0); lay += t.get("layout_cpu_s", 0)
label = {"tune": "tuning seeds", "held": "held-out seeds"}[name]
for kind in kinds:
    k = tot[kind]
    if k[3]:
        print("ROW| %s | %s | %d | %d | %d | %d | |" % (label, kind, k[3], k[0], k[2], k[1]))
print("ROW| %s | all | %d | %d | %d | %d | %.1f %% |" % (label, *(sum(tot[k][i] for k in kinds) for i in (3, 0, 2, 1)), 100 * lay / ocr if ocr else 0))
for l in listed:
    print("LOST|" + l.replace("\n", "\nLOST|"))
PY
)
  while IFS= read -r l; do rows+=("${l#ROW}"); done < <(echo "$out" | grep '^ROW|')
  if [ "$name" = tune ]; then
    lists=$(echo "$out" | sed -n 's/^LOST|//p')
  else
    echo "$out" | sed -n 's/^LOST|/bench_lostlines: held-out: /p' >&2
  fi
done

echo "## Lines lost on generated first and last pages"
echo
echo "Pages of cmd/formgen (first pages, last pages with -last: long Nơi nhận lists ending in short archive lines, some of unit codes, seals over the signer's title, askew over the list or low over its last lines, flourishes over them, and cut pages, the first pages with -topcut $topcut: the top cut through the motto or the Party title, $topcut of its height down; 1-bit 200/300 dpi and colour JPEG 150–200 dpi), read once by \`vidoc ocr --format json -j 1\`. Lines: the lines of 3+ syllables each page prints (formgen's NAME.truth.txt); lost: those the reading lacks by scripts/lost_lines.py (60 % of characters), for Tesseract's own lines (the JSON's lines, before layout) and for vidoc's text. $forms seeds per range; held-out seeds are never tuned on."
echo
echo "| seeds | pages | n | lines | lost Tesseract | lost vidoc | layout / OCR CPU |"
echo "|---|---|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo
if [ -n "$lists" ]; then
  echo "Lost lines on the tuning seeds, with the dropped regions holding their words:"
  echo
  echo '```'
  echo "$lists"
  echo '```'
else
  echo "No line lost on the tuning seeds."
fi
