#!/usr/bin/env bash
# bench_structure.sh: speed of `vidoc parse` and how much of a document's
# structure survives OCR and repair.
#
# Prints Markdown: (1) parse throughput on the dev texts and the hand-cleaned
# sample, as a ratio to a baseline measured in the same run (NFC + line split
# of the same bytes); (2) for ../shared/samples/longthanh-2024-kh.ocr.txt, the
# structure found in the raw OCR and in `vidoc fix` output, scored against the
# structure of the hand-cleaned text (testdata/structure/longthanh-2024-kh.txt):
# header fields (type, place, ISO date, title), top-level sections (label and
# heading) and cited documents (type, number, date, issuer).
# Logs go to stderr, the tables to stdout.
#
# Usage: scripts/bench_structure.sh        (SHARED overrides ../shared)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
log() { echo "bench_structure: $*" >&2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export OMP_THREAD_LIMIT=1

log "go test -bench Parse (internal/structure)"
go test -run '^$' -bench 'Parse' -benchmem -benchtime 2s ./internal/structure >"$tmp/bench.txt"
field() { awk -v name="$1" -v col="$2" '$1 ~ "^"name"(-[0-9]+)?$" { for (i = 1; i <= NF; i++) if ($(i+1) == col) { print $i; exit } }' "$3"; }
p_mbs=$(field BenchmarkParse MB/s "$tmp/bench.txt")
b_mbs=$(field BenchmarkParseBaseline MB/s "$tmp/bench.txt")
p_allocs=$(field BenchmarkParse allocs/op "$tmp/bench.txt")

echo "### Structure (\`vidoc parse\`)"
echo
echo "| measure | value |"
echo "|---|---|"
echo "| parse throughput (dev texts + sample) | $p_mbs MB/s |"
echo "| baseline in the same run (NFC + split lines) | $b_mbs MB/s |"
echo "| parse time / baseline time | $(awk -v a="$b_mbs" -v b="$p_mbs" 'BEGIN { if (b > 0) printf "%.0fx", a / b; else print "n/a" }') |"
echo "| allocations per pass over all texts | $p_allocs |"
echo

sample=$shared/samples/longthanh-2024-kh.ocr.txt
if [ ! -f "$sample" ]; then
  log "$sample not found: skipping the structure-survival table"
  exit 0
fi
go build -o "$tmp/vidoc" ./cmd/vidoc
"$tmp/vidoc" parse testdata/structure/longthanh-2024-kh.txt >"$tmp/truth.json"
"$tmp/vidoc" parse "$sample" >"$tmp/raw.json"
log "vidoc fix on the sample"
if "$tmp/vidoc" fix "$sample" >"$tmp/fixed.txt" 2>"$tmp/fix.log"; then
  "$tmp/vidoc" parse "$tmp/fixed.txt" >"$tmp/fixed.json"
else
  log "vidoc fix failed: $(tail -1 "$tmp/fix.log")"
  echo '{}' >"$tmp/fixed.json"
fi
python3 - "$tmp/truth.json" "$tmp/raw.json" "$tmp/fixed.json" <<'PY'
import json, sys

def load(p):
    with open(p) as f:
        return json.load(f)

def val(d, *path):
    for k in path:
        if not isinstance(d, dict) or d.get(k) is None:
            return None
        d = d[k]
    return d

def header(d):
    return [val(d, "header", "doc_type", "value"), val(d, "header", "place", "value"),
            val(d, "header", "date", "iso"), val(d, "header", "title", "value")]

def sections(d):
    return [(n["label"], n["heading"]) for n in d.get("body", [])]

def cites(d):
    out = set()
    for c in d.get("citations", []):
        out.add((c["type"], val(c, "number", "raw"), val(c, "date", "iso"), val(c, "issuer", "value")))
    return out

truth = load(sys.argv[1])
th, ts, tc = header(truth), sections(truth), cites(truth)
print("| input | header fields right | sections found (label) | section headings right | citations right |")
print("|---|---|---|---|---|")
for name, path in (("raw legacy OCR", sys.argv[2]), ("`vidoc fix` output", sys.argv[3])):
    d = load(path)
    h, s, c = header(d), sections(d), cites(d)
    hf = sum(1 for a, b in zip(h, th) if a is not None and a == b)
    labels = {l for l, _ in s}
    sl = sum(1 for l, _ in ts if l in labels)
    sh = sum(1 for x in ts if x in set(s))
    print(f"| {name} | {hf}/{len(th)} | {sl}/{len(ts)} | {sh}/{len(ts)} | {len(c & tc)}/{len(tc)} |")
print()
print("Reference: the structure of the hand-cleaned text testdata/structure/longthanh-2024-kh.txt "
      "(header: type, place, ISO date, title; top-level sections; citations as type, number, date, issuer).")
PY
