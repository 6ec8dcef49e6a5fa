#!/usr/bin/env bash
# fit_alternatives.sh: refits repair.FittedAltWeights, the weights that mix
# Tesseract's per-glyph choices with the error model (issue 14).
#
# Training pages only: cmd/pagegen renders, with seed 11, two pages of each
# of the texts of ../shared/corpus/legal picked below (every 37th file from
# the 5th, the first 20, those of 4 KB or more), and with seed 12 one page
# of each of a second pick (every 37th from the 23rd); none of
# ../shared/dev is used, so the held-out benchmark (scripts/bench_alternatives.sh) stays
# held out. Each page is read by `vidoc ocr --format json --alternatives`;
# internal/repair/fit_alts.go then calibrates, per sureness cell, how often
# a word read so surely is right (repair.FittedSureLogOdds) and searches
# the weights with it (most syllables right, then fewest pages below their
# OCR input). Copy the two fitted lines it prints into
# internal/repair/alts.go and internal/repair/sure.go.
#
# The real dev scans of the tuning documents (every scan of
# ../shared/dev/scans with a transcription but the held-out ones,
# scripts/lib_bench.sh), read by `vidoc ocr --format json --alternatives
# --text-layer ignore`, are scored alongside each weight tried, never
# fitted on: whether what the training pages choose carries over to real
# scans.
#
# Other pages, never fitted on, to look for what repair still breaks:
# FIT_PICKS="R:P:S ..." renders instead, for each pick, P pages with seed S
# of every 37th file of ../shared/corpus/legal from the R-th (the first 20,
# those of 4 KB or more, none of the passages scripts/errmodel_pairs.sh
# takes); FIT_HARM=1 then lists every change repair makes on them, by both
# paths (fit_alts.go -harm), instead of fitting. Pick residues other than
# 5 and 23, or the pages are the training ones.
#
# Those legal texts are in the language model's corpus, so the model
# knows their very phrases and seldom outvotes a word Tesseract read right
# there. FIT_TRUTHS="S ..." renders instead one page of each transcription
# of the tuning scans (../shared/dev/scans/truth, never the held-out
# documents; texts no model was built from) with each seed S, and lists
# repair's changes on them as FIT_HARM does (it implies it; they are never
# fitted on). FIT_TRUTH_DIR takes the transcriptions from another folder
# of tuning scans instead, e.g. OUT/tune/truth of scripts/fetch_realscans.sh
# (never a held-out set: a folder named held or held<N> is refused, before
# anything is built).
#
# The glyph veto (repair.FittedGlyphVeto) is calibrated on such pages, never
# on the training ones nor the held-out: FIT_VETO_GRID=1 with FIT_PICKS or
# FIT_TRUTHS prints, instead of the changes, the syllables right, pages
# below their OCR input and changes held of words read right and wrong
# for each veto of a grid (fit_alts.go -veto); FIT_VETO="Conf,Top,Margin"
# or "off" lists the changes under another veto. Both FIT_HARM and
# FIT_VETO_GRID take the tuning documents' real scans too, read as above,
# and total them apart: rendered pages print every mark dark, scans fade
# them.
#
# Usage: scripts/fit_alternatives.sh    (SHARED; FIT_DIR keeps the pages
# and their OCR between runs, default a temporary folder)
#        FIT_PICKS="14:1:13 32:1:13" FIT_HARM=1 scripts/fit_alternatives.sh
#        FIT_TRUTHS="21 22 23" scripts/fit_alternatives.sh
#        FIT_TRUTH_DIR=OUT/tune/truth FIT_TRUTHS=81 scripts/fit_alternatives.sh
#        FIT_PICKS="2:1:31 12:1:31 19:1:31 30:1:31 34:1:31" FIT_VETO_GRID=1 scripts/fit_alternatives.sh
set -euo pipefail

# A held-out set's transcriptions are never fitted on: refuse them first,
# before lib_bench.sh builds anything. The default, the dev scans' truth/,
# is tuning material.
if [ -n "${FIT_TRUTHS:-}" ] && [ -n "${FIT_TRUTH_DIR:-}" ]; then
  held_dir=$(cd "$FIT_TRUTH_DIR" && pwd) || { echo "fit_alternatives: FIT_TRUTH_DIR=$FIT_TRUTH_DIR: no such folder" >&2; exit 1; }
  if [[ /$held_dir/ =~ /held[0-9]*/ ]]; then
    echo "fit_alternatives: $FIT_TRUTH_DIR is held out: no rule is tuned on it" >&2
    exit 1
  fi
fi

bench_name=fit_alternatives
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
[ -d "$shared/corpus/legal" ] || { log "$shared/corpus/legal not found (set SHARED)"; exit 1; }
# The texts are linked into FIT_DIR: a relative SHARED would link nowhere.
shared=$(cd "$shared" && pwd)

dir=${FIT_DIR:-$work}
mkdir -p "$dir/texts" "$dir/texts2" "$dir/ocr" "$dir/real" "$dir/realocr"
[ "$dir" = "$work" ] || cp "$work/vidoc" "$dir/vidoc"
go build -o "$dir/pagegen" ./cmd/pagegen

if [ -n "${FIT_TRUTHS:-}" ]; then
  FIT_HARM=1
  mkdir -p "$dir/texts-truth" "$dir/pairs"
  truths=${FIT_TRUTH_DIR:-$shared/dev/scans/truth}
  for f in "$truths"/*.truth.txt; do
    b=$(basename "$f" .truth.txt)
    is_held_out "$b" || ln -sf "$f" "$dir/texts-truth/$b.txt"
  done
  for s in $FIT_TRUTHS; do
    [ -e "$dir/pairs/.truths-$s" ] && continue
    log "rendering the tuning scans' transcriptions, seed $s"
    "$dir/pagegen" -out "$dir/pairs-$s" -models vie -keep-images -pages 1 -j 1 -seed "$s" "$dir/texts-truth"
    # The same names under every seed: each page takes its seed.
    for png in "$dir/pairs-$s"/*.png; do
      n=$(basename "$png" .png)
      mv "$png" "$dir/pairs/$n-s$s.png"
      mv "$dir/pairs-$s/$n.truth.txt" "$dir/pairs/$n-s$s.truth.txt"
    done
    rm -rf "$dir/pairs-$s"
    touch "$dir/pairs/.truths-$s"
  done
elif [ -n "${FIT_PICKS:-}" ]; then
  # errmodel_pairs.sh's passages: every (files/24)-th file from the first.
  step=$(( $(find "$shared/corpus/legal" -maxdepth 1 -name '*.txt' | wc -l) / 24 ))
  [ "$step" -ge 1 ] || step=1
  for pick in $FIT_PICKS; do
    IFS=: read -r r p s <<<"$pick"
    mkdir -p "$dir/texts-$r"
    # shellcheck disable=SC2012
    for f in $(ls "$shared/corpus/legal" | awk -v r="$r" -v st="$step" 'NR%37==r && (NR-1)%st!=0' | head -20); do
      [ "$(stat -c %s "$shared/corpus/legal/$f")" -ge 4000 ] && ln -sf "$shared/corpus/legal/$f" "$dir/texts-$r/"
    done
    [ -d "$dir/pairs" ] && [ -e "$dir/pairs/.pick-$r" ] && continue
    log "rendering pages of pick $pick"
    "$dir/pagegen" -out "$dir/pairs" -models vie -keep-images -pages "$p" -j 1 -seed "$s" "$dir/texts-$r"
    touch "$dir/pairs/.pick-$r"
  done
else
  # shellcheck disable=SC2012
  for f in $(ls "$shared/corpus/legal" | awk 'NR%37==5' | head -20); do
    [ "$(stat -c %s "$shared/corpus/legal/$f")" -ge 4000 ] && ln -sf "$shared/corpus/legal/$f" "$dir/texts/"
  done
  for f in $(ls "$shared/corpus/legal" | awk 'NR%37==23' | head -20); do
    [ "$(stat -c %s "$shared/corpus/legal/$f")" -ge 4000 ] && ln -sf "$shared/corpus/legal/$f" "$dir/texts2/"
  done
  if [ ! -d "$dir/pairs" ]; then
    log "rendering training pages"
    "$dir/pagegen" -out "$dir/pairs" -models vie -keep-images -pages 2 -j 1 -seed 11 "$dir/texts"
    "$dir/pagegen" -out "$dir/pairs" -models vie -keep-images -pages 1 -j 1 -seed 12 "$dir/texts2"
  fi
fi
for png in "$dir"/pairs/*.png; do
  n=$(basename "$png" .png)
  cp "$dir/pairs/$n.truth.txt" "$dir/ocr/"
  [ -s "$dir/ocr/$n.jsonl" ] && continue
  log "reading $n"
  "$dir/vidoc" ocr -j 1 --format json --alternatives "$png" >"$dir/ocr/$n.jsonl"
done
real=()
truth=$shared/dev/scans/truth
if [ -d "$truth" ]; then
  shopt -s nullglob nocaseglob
  for f in "$shared"/dev/scans/*.{jpg,jpeg,png,tif,tiff,pdf}; do
    b=$(basename "$f"); b=${b%.*}
    is_held_out "$b" && continue
    if [ ! -s "$dir/realocr/$b.jsonl" ]; then
      log "reading $b"
      "$dir/vidoc" ocr -j 1 --format json --alternatives --text-layer ignore "$f" >"$dir/realocr/$b.jsonl"
    fi
    while read -r k name <&3; do
      sed -n "${k}p" "$dir/realocr/$b.jsonl" >"$dir/real/$name.jsonl"
      cp "$truth/$name.truth.txt" "$dir/real/"
    done 3< <(scan_pages "$dir/realocr/$b.jsonl" "$b")
  done
  shopt -u nocaseglob
  compgen -G "$dir/real/*.truth.txt" >/dev/null && real=("$dir/real")
fi
if [ -n "${FIT_VETO_GRID:-}" ]; then
  go run ./internal/repair/fit_alts.go -veto "$dir/ocr" "${real[@]}"
  exit 0
fi
if [ -n "${FIT_HARM:-}" ]; then
  go run ./internal/repair/fit_alts.go -harm "$dir/ocr" "${real[@]}"
  exit 0
fi
go run ./internal/repair/fit_alts.go "$dir/ocr" "${real[@]}"
