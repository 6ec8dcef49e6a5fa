#!/usr/bin/env bash
# bench_legacy.sh: `vidoc fix` on text damaged the way old scanner engines
# wrote text layers (cmd/legacygen, internal/legacygen), scored before and
# after against the text itself. The real layers of bench_textlayers.sh are
# a few pages; this measures the same kind of damage on many more, each
# document read by an engine of its own (rates drawn per document and seed).
# Prints a Markdown table to stdout; logs to stderr. Alone:
# scripts/bench_legacy.sh [FIX FLAGS...]. Set-up from lib_bench.sh.
#
# Text: the first LEGACY_LINES (default 40) non-empty lines of each file of
# ../shared/dev/texts, the dev texts bench_rendered.sh renders (tuned-on
# material, not held out), damaged with each seed of LEGACY_SEEDS (default
# "1 2"). Seeds are tuning material: report any other seed range apart.
# English look-alikes: where combine_tessdata and dawg2wordlist are installed,
# the word list of Tesseract's eng model is given to legacygen (-english), so
# the engines also snap some damaged words to English words ("teen" for
# trên); the table says whether it was.
# Scoring: shared/tools/vscore.py syl_acc summed over documents (matched
# syllables over truth syllables). Speed: the truth syllables over the CPU
# seconds (user + system) of the `vidoc fix` runs, start-up included: legacy
# damage is where the deeper candidate search runs (internal/repair/deep.go).
set -euo pipefail
bench_name=bench_legacy
texts=${SHARED:-$(dirname "$0")/../../shared}/dev/texts
if [ ! -d "$texts" ]; then
  echo "No legacy-damage bench: $texts is absent."
  exit 0
fi
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
texts=$shared/dev/texts
go build -o "$work/legacygen" ./cmd/legacygen
vidoc=$work/vidoc
english=()
eng_model=$(ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata 2>/dev/null | head -1)
if [ -n "$eng_model" ] && command -v combine_tessdata >/dev/null && command -v dawg2wordlist >/dev/null; then
  combine_tessdata -u "$eng_model" "$work/eng." >/dev/null 2>&1 &&
    dawg2wordlist "$work/eng.lstm-unicharset" "$work/eng.lstm-word-dawg" "$work/eng.words" >/dev/null 2>&1 &&
    english=(-english "$work/eng.words")
fi

# score TRUTH HYP -> "WORDS MATCHED"
score() {
  python3 "$shared/tools/vscore.py" "$1" "$2" --json |
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["words"], round(d["words"]*d["syl_acc"]))'
}
echo "Legacy damage (\`scripts/bench_legacy.sh${*:+ $*}\`, LEGACY_LINES=${LEGACY_LINES:-40}): syllable accuracy (vscore.py syl_acc, %, summed over documents) of the damaged text and of \`vidoc fix${*:+ $*}\`'s output, ../shared/dev/texts damaged by cmd/legacygen (tuned-on material)$([ ${#english[@]} -gt 0 ] && echo ", English look-alikes from Tesseract's eng word list" || echo ", no English look-alikes (combine_tessdata or dawg2wordlist missing)")."
echo
echo "| seed | documents | words | before | after | syllables per CPU-second |"
echo "|---:|---:|---:|---:|---:|---:|"
for seed in ${LEGACY_SEEDS:-1 2}; do
  dir=$work/s$seed
  "$work/legacygen" "${english[@]}" -out "$dir" -seed "$seed" -lines "${LEGACY_LINES:-40}" "$texts"
  n=0 words=0 before=0 after=0 cpu=0
  for truth in "$dir"/*.truth.txt; do
    name=${truth%.truth.txt}
    log "seed $seed: $(basename "$name")"
    t=$({ TIMEFORMAT='%3U %3S'; time "$vidoc" fix "$@" "$name.legacy.txt" >"$name.out" 2>"$name.err"; } 2>&1) || {
      log "vidoc fix failed on $name.legacy.txt: $(tail -1 "$name.err")"
      exit 1
    }
    cpu=$(awk -v c="$cpu" -v t="$t" 'BEGIN { split(t, x, " "); printf "%.3f", c + x[1] + x[2] }')
    read -r w b <<<"$(score "$truth" "$name.legacy.txt")"
    read -r _ a <<<"$(score "$truth" "$name.out")"
    n=$((n + 1)) words=$((words + w)) before=$((before + b)) after=$((after + a))
  done
  echo "| $seed | $n | $words | $(awk -v a="$before" -v w="$words" 'BEGIN { printf "%.2f", 100 * a / w }') | $(awk -v a="$after" -v w="$words" 'BEGIN { printf "%.2f", 100 * a / w }') | $(awk -v w="$words" -v c="$cpu" 'BEGIN { printf "%.0f", w / (c + 1e-9) }') |"
done
