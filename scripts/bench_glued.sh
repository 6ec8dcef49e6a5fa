#!/usr/bin/env bash
# bench_glued.sh: `vidoc fix` on stripped pages some of whose spaces between
# two words were lost, the glued tokens text layers of old engines are full
# of (issue 12, item 2: a split is the decoder's choice). Prints a Markdown
# table to stdout; logs to stderr. Called by scripts/bench.sh; alone:
# scripts/bench_glued.sh [FIX FLAGS...]. Set-up from lib_bench.sh; VIDOC=path
# runs that binary instead of the one built from the tree (to compare with
# another commit's in the same session).
#
# Pages: the stripped OCR of the rendered page pairs bench_rendered.sh uses
# (PAIRS, default BENCH_DIR/pairs-s1-p1, BENCH_DIR .bench), dev texts: tuned-on
# material. In each, GLUE_RATE (default 0.08) of the spaces between a word of
# letters and one of small letters are removed, chosen by a generator seeded
# with GLUE_SEED (default 7) and the page's name, so a run is repeatable.
# Scores: shared/tools/vscore.py syl_acc of the glued input and of the fixed
# text against the page's truth, over all pages joined.
set -euo pipefail
bench_name=bench_glued
pairs=${PAIRS:-${BENCH_DIR:-$(cd "$(dirname "$0")/.." && pwd)/.bench}/pairs-s1-p1}
if ! ls "$pairs"/*.stripped.txt >/dev/null 2>&1; then
  echo "No glued pages: no stripped page pairs in $pairs (scripts/bench_rendered.sh makes them)."
  exit 0
fi
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
vidoc=${VIDOC:-$work/vidoc}
python3 - "$pairs" "$work" "${GLUE_RATE:-0.08}" "${GLUE_SEED:-7}" <<'PY'
import glob, os, random, re, sys
pairs, work, rate, seed = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
letters = re.compile(r"[^\W\d_]+")
small = re.compile(r"[^\W\d_A-Z]+")
with open(os.path.join(work, "in.txt"), "w", encoding="utf-8") as fin, \
        open(os.path.join(work, "truth.txt"), "w", encoding="utf-8") as ftruth:
    for f in sorted(glob.glob(os.path.join(pairs, "*.stripped.txt"))):
        rng = random.Random(seed + os.path.basename(f))
        for line in open(f, encoding="utf-8"):
            toks, out, i = line.rstrip("\n").split(" "), [], 0
            while i < len(toks):
                if i + 1 < len(toks) and letters.fullmatch(toks[i]) and small.fullmatch(toks[i + 1]) and rng.random() < rate:
                    out.append(toks[i] + toks[i + 1])
                    i += 2
                else:
                    out.append(toks[i])
                    i += 1
            fin.write(" ".join(out) + "\n")
        ftruth.write(open(f.replace(".stripped.txt", ".truth.txt"), encoding="utf-8").read().rstrip("\n") + "\n")
PY
log "fixing $(wc -l <"$work/in.txt") lines with $vidoc"
"$vidoc" fix "$@" <"$work/in.txt" >"$work/out.txt"
read -r _ before < <(cer_syl "$work/truth.txt" "$work/in.txt")
read -r _ after < <(cer_syl "$work/truth.txt" "$work/out.txt")
echo "Glued tokens (\`scripts/bench_glued.sh${*:+ $*}\`, GLUE_RATE ${GLUE_RATE:-0.08}, GLUE_SEED ${GLUE_SEED:-7}): syllable accuracy (vscore.py syl_acc, %) of stripped rendered pages (tuned on) with some spaces between words removed, before and after \`vidoc fix${*:+ $*}\`."
echo
echo "| input | words | before | after |"
echo "|---|---:|---:|---:|"
echo "| stripped pages, spaces lost | $(wc -w <"$work/truth.txt") | $before | $after |"
