#!/usr/bin/env bash
# harms_correct.sh: every word `vidoc fix` changes in correct text (issue
# 14, "no page below its OCR input": a page Tesseract read perfectly is
# where a harm of the text path shows). Runs `vidoc fix` (adaptation on,
# as by default) over HARM_DOCS (default 100) correct texts of
# ../shared/corpus/legal, those whose place in the listing NR satisfies
# HARM_PICK (an awk condition, default NR%7==4; tuning material: the
# corpus, never ../shared/dev), aligns each output with its input word by
# word and prints one line per change: file, the words before, "→", the
# words after, and the words around them. Last, on stderr, the number of
# changes. Most changes to a corpus text are harms; some put right a typo
# or two words glued together in the source.
#
# Usage: scripts/harms_correct.sh > changes.tsv    (SHARED, HARM_PICK, HARM_DOCS)
set -euo pipefail

bench_name=harms_correct
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
legal=$shared/corpus/legal
[ -d "$legal" ] || { log "$legal not found (set SHARED)"; exit 1; }
pick=${HARM_PICK:-NR%7==4}
docs=${HARM_DOCS:-100}

n=0
# shellcheck disable=SC2012
for f in $(ls "$legal" | awk "$pick" | head -"$docs"); do
  "$work/vidoc" fix "$legal/$f" >"$work/out.txt" 2>>"$work/log"
  python3 - "$legal/$f" "$work/out.txt" "$f" <<'PY'
import difflib, sys
a = open(sys.argv[1], encoding="utf-8").read().split()
b = open(sys.argv[2], encoding="utf-8").read().split()
for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
    if op != "equal":
        print(f"{sys.argv[3]}\t{' '.join(a[i1:i2])}\t→\t{' '.join(b[j1:j2])}\t| {' '.join(a[max(0, i1 - 4):i1])} [..] {' '.join(a[i2:i2 + 3])}")
PY
  n=$((n + 1))
done >"$work/changes.tsv"
cat "$work/changes.tsv"
log "$(wc -l <"$work/changes.tsv") changes in $n correct texts ($pick)"
