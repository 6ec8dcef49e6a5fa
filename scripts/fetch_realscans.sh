#!/usr/bin/env bash
# fetch_realscans.sh: lays out the real scans the real-scan benches measure
# beyond ../shared/dev/scans, as OUT/tune, OUT/held, OUT/held2, OUT/held3
# and OUT/held4 (a tuning set, a held-out one, and three held-out sets
# gathered in later rounds, each measured once; any set
# scripts/realscans.tsv names is laid out), each with scans/, given/ and
# truth/:
#   - scans/ and given/: the files of scripts/realscans.tsv, public scans and
#     the texts their repositories ship, downloaded from
#     raw.githubusercontent.com at the pinned commit, or copied from a local
#     copy (--from DIR: DIR/DEST, else DIR/raw/NAME, as /work/extra holds
#     them); each file's sha256 is checked against the manifest, a mismatch
#     or a file not found is an error naming it, and a file already in place
#     with the right sha256 is kept;
#   - given/NAME.layer.txt: each PDF scan's own text layer, pdftotext -layout;
#   - truth/: our transcriptions, copied from testdata/realscans/SET/truth
#     when the repository holds them (they are ours, not the repositories':
#     whether they are committed is a licensing decision); else left empty,
#     and the benches say "nothing to measure";
#   - OUT/SHA256SUMS of what was laid out.
# Writes are atomic (a .part file renamed). Then, for example,
#   SCAN_SET=OUT/tune scripts/bench_realscans.sh
# measures the tuning set (lib_bench.sh holds out every document of a set
# whose folder is named held or held<N>).
#
# Usage: scripts/fetch_realscans.sh [--from DIR] [--manifest FILE] OUT
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
manifest=$root/scripts/realscans.tsv
from=""
log() { echo "fetch_realscans: $*" >&2; }
usage() { echo "usage: scripts/fetch_realscans.sh [--from DIR] [--manifest FILE] OUT" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case $1 in
    --from) [ $# -ge 2 ] || usage; from=$2; shift 2 ;;
    --manifest) [ $# -ge 2 ] || usage; manifest=$2; shift 2 ;;
    -h | --help) usage ;;
    -*) log "unknown flag $1"; usage ;;
    *) break ;;
  esac
done
[ $# = 1 ] || usage
out=$1
[ -f "$manifest" ] || { log "$manifest: no such manifest"; exit 1; }
[ -z "$from" ] || [ -d "$from" ] || { log "--from $from: no such folder"; exit 1; }
if [ -n "$from" ] && [ "$(cd "$from" && pwd)" = "$(mkdir -p "$out" && cd "$out" && pwd)" ]; then
  log "--from and OUT are the same folder ($out): nothing to copy"
  exit 1
fi
[ -n "$from" ] || command -v curl >/dev/null || { log "curl not installed (or give --from DIR)"; exit 1; }
command -v pdftotext >/dev/null || { log "pdftotext not installed (Debian package poppler-utils)"; exit 1; }

sha() { sha256sum "$1" | cut -d' ' -f1; }
failed=0 got=0 kept=0
sets=()
while IFS=$'\t' read -r dest repo commit path want; do
  case $dest in '' | '#'*) continue ;; esac
  if [ -z "$want" ]; then log "$manifest: line for $dest has not five tab-separated fields"; failed=$((failed + 1)); continue; fi
  case $dest in /* | *..*) log "$manifest: $dest: destination must stay inside OUT"; failed=$((failed + 1)); continue ;; esac
  set_=${dest%%/*}
  case " ${sets[*]} " in *" $set_ "*) ;; *) sets+=("$set_") ;; esac
  target=$out/$dest
  if [ -f "$target" ] && [ "$(sha "$target")" = "$want" ]; then kept=$((kept + 1)); continue; fi
  mkdir -p "$(dirname "$target")"
  part=$target.part
  rm -f "$part"
  if [ -n "$from" ]; then
    src=$from/$dest
    [ -f "$src" ] || src=$from/raw/$(basename "$dest")
    if [ ! -f "$src" ]; then
      log "$dest: not in $from (looked for $from/$dest and $src)"
      failed=$((failed + 1)); continue
    fi
    cp "$src" "$part"
  else
    # A path may hold spaces and brackets (scanned files keep their office's
    # names): percent-encode it, keeping the slashes.
    url=https://raw.githubusercontent.com/$repo/$commit/$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$path")
    if ! curl -fsSL --retry 3 -o "$part" "$url"; then
      log "$dest: download of $url failed"
      rm -f "$part"; failed=$((failed + 1)); continue
    fi
    src=$url
  fi
  have=$(sha "$part")
  if [ "$have" != "$want" ]; then
    log "$dest: sha256 $have of $src, want $want (scripts/realscans.tsv): not laid out"
    rm -f "$part"; failed=$((failed + 1)); continue
  fi
  mv "$part" "$target"
  got=$((got + 1))
done <"$manifest"

# The PDFs' own text layers, and the truth folders.
for s in "${sets[@]}"; do
  mkdir -p "$out/$s/truth" "$out/$s/given"
  shopt -s nullglob nocaseglob
  for pdf in "$out/$s"/scans/*.pdf; do
    layer=$out/$s/given/$(basename "${pdf%.*}").layer.txt
    if ! pdftotext -q -layout -enc UTF-8 "$pdf" "$layer.part"; then
      log "$pdf: pdftotext cannot read it: no layer file"
      rm -f "$layer.part"; failed=$((failed + 1)); continue
    fi
    mv "$layer.part" "$layer"
  done
  ours=$root/testdata/realscans/$s/truth
  truths=("$ours"/*.truth.txt "$ours"/*.fields.json)
  shopt -u nullglob nocaseglob
  if [ ${#truths[@]} -gt 0 ]; then
    for t in "${truths[@]}"; do
      cp "$t" "$out/$s/truth/$(basename "$t").part" && mv "$out/$s/truth/$(basename "$t").part" "$out/$s/truth/$(basename "$t")"
    done
    log "$s: ${#truths[@]} transcription files from testdata/realscans/$s/truth"
  else
    log "$s: no transcriptions in this repository (testdata/realscans/$s/truth): $out/$s/truth left as it is"
  fi
done
if [ -d "$out" ]; then
  (cd "$out" && find . -path ./SHA256SUMS -prune -o -type f ! -name '*.part' -print | sed 's|^\./||' | LC_ALL=C sort |
    xargs -r -d '\n' sha256sum) >"$out/SHA256SUMS.part" && mv "$out/SHA256SUMS.part" "$out/SHA256SUMS"
fi
log "$got laid out, $kept already in place, $failed failed, in $out"
[ "$failed" = 0 ] || exit 1
