#!/usr/bin/env bash
# check_identical.sh BASE [--no-scan]: are `vidoc fix`, `parse` and `scan`
# outputs byte-identical between the commit BASE and the working tree?
#
# A refactor (issue: one owner per idea) must not change what vidoc writes.
# This builds vidoc at BASE (in a temporary git worktree) and from the working
# tree, runs both on the same inputs and compares every output byte for byte:
#   - fix: each dev text as it is, the same text with its diacritics stripped,
#     and the legacy-OCR sample;
#   - parse: each dev text and the sample;
#   - scan: testdata/pages (rendered pages, all formats) and the real dev
#     scans (../shared/dev/scans), unless --no-scan.
# The outputs of BASE are cached in $CHECK_DIR (default .bench/identical/BASE-SHA),
# so a second check against the same BASE only runs the working tree.
# Exit 0 when identical, 1 with a list of differing files otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
base=${1:?usage: check_identical.sh BASE [--no-scan]}
scan=1
[ "${2:-}" = "--no-scan" ] && scan=0
shared=${SHARED:-$root/../shared}
export OMP_THREAD_LIMIT=1

sha=$(git rev-parse --verify "$base^{commit}")
work=${CHECK_DIR:-$root/.bench/identical}
mkdir -p "$work"
inputs=$work/inputs
log() { echo "check_identical: $*" >&2; }

# Inputs made once: stripped dev texts (NFD, drop combining marks, đ→d).
if [ ! -d "$inputs" ]; then
  log "making inputs in $inputs"
  mkdir -p "$inputs.tmp"
  if [ -d "$shared/dev/texts" ]; then
    for f in "$shared"/dev/texts/*.txt; do
      [ "$(basename "$f")" = SOURCES.md ] && continue
      n=$(basename "$f" .txt)
      cp "$f" "$inputs.tmp/$n.correct.txt"
      python3 - "$f" > "$inputs.tmp/$n.stripped.txt" <<'EOF'
import sys, unicodedata
t = open(sys.argv[1], encoding="utf-8").read()
t = "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c))
print(unicodedata.normalize("NFC", t.replace("đ", "d").replace("Đ", "D")), end="")
EOF
    done
    cp "$shared/samples/longthanh-2024-kh.ocr.txt" "$inputs.tmp/sample.ocr.txt"
  else
    log "no $shared/dev/texts: checking testdata only"
    cp testdata/text/*.txt "$inputs.tmp/"
  fi
  mv "$inputs.tmp" "$inputs"
fi

# run BIN OUT: every output of one vidoc binary into OUT.
run() {
  local bin=$1 out=$2
  rm -rf "$out.tmp"
  mkdir -p "$out.tmp/fix" "$out.tmp/parse"
  for f in "$inputs"/*.txt; do
    n=$(basename "$f" .txt)
    "$bin" fix "$f" > "$out.tmp/fix/$n.txt" 2>/dev/null || echo "exit $?" >> "$out.tmp/fix/$n.txt"
    "$bin" fix --format json "$f" > "$out.tmp/fix/$n.json" 2>/dev/null || echo "exit $?" >> "$out.tmp/fix/$n.json"
    "$bin" parse "$f" > "$out.tmp/parse/$n.json" 2>/dev/null || echo "exit $?" >> "$out.tmp/parse/$n.json"
    "$bin" parse --format md "$f" > "$out.tmp/parse/$n.md" 2>/dev/null || echo "exit $?" >> "$out.tmp/parse/$n.md"
  done
  if [ "$scan" = 1 ]; then
    local scans=(testdata/pages)
    [ -d "$shared/dev/scans" ] && scans+=("$shared/dev/scans")
    "$bin" scan "${scans[@]}" -o "$out.tmp/scan" -j 2 --progress json > /dev/null 2>&1 || true
    # The manifest records times and versions; the outputs are what must match.
    find "$out.tmp/scan" -name 'vidoc-manifest*' -delete 2>/dev/null || true
    find "$out.tmp/scan" -name '.vidoc*' -prune -exec rm -rf {} + 2>/dev/null || true
  fi
  mv "$out.tmp" "$out"
}

suffix=""
[ "$scan" = 0 ] && suffix=-noscan
base_out=$work/$sha$suffix
if [ ! -d "$base_out" ]; then
  log "building $base ($sha)"
  wt=$(mktemp -d)
  git worktree add --detach -q "$wt" "$sha"
  (cd "$wt" && go build -o "$work/vidoc-$sha" ./cmd/vidoc)
  git worktree remove --force "$wt"
  log "running $base"
  run "$work/vidoc-$sha" "$base_out"
fi

log "building the working tree"
go build -o "$work/vidoc-head" ./cmd/vidoc
head_out=$work/head
rm -rf "$head_out"
log "running the working tree"
run "$work/vidoc-head" "$head_out"

if diff -r -q "$base_out" "$head_out" > "$work/diff.txt"; then
  log "identical: $(find "$head_out" -type f | wc -l) files"
  exit 0
fi
log "outputs differ from $base:"
cat "$work/diff.txt" >&2
exit 1
