#!/usr/bin/env bash
# bench_degraded.sh: vidoc on degraded copies of the real scans, as
# archives hold them besides good scans: colour or grey JPEG at 150 and 100
# dpi (quality 60), a 1-bit photocopy at 200 dpi, and a slightly blurred
# scan (scripts/degrade.go makes them from each page of the scan set,
# SCAN_SET, default ../shared/dev/scans, that has a transcription in its
# truth/; PDF pages rasterized at 300 dpi).
# Per copy, CER and syllable accuracy (vscore.py) of raw Tesseract
# (`tesseract -l vie`), of vidoc reading every page as it is (`vidoc ocr
# --no-upscale | vidoc fix`) and of vidoc as it reads by default, pages of
# small print enlarged first (`vidoc ocr | vidoc fix`), beside vidoc's
# CER on the page as scanned and the wall seconds of `vidoc ocr` on the
# copy. Pages held out from tuning are marked and totalled apart. Prints
# Markdown on stdout, logs on stderr.
#
# Usage: scripts/bench_degraded.sh   (SHARED overrides ../shared;
#        SCAN_SET=DIR and SCAN_HELD="NAME..." pick the scans, lib_bench.sh;
#        DEGRADE="j150 j100 bw blur" picks the copies;
#        DEGRADE_PAGES=tuned|held|all picks the pages, all by default:
#        tuned reads no held-out page at all, for tuning;
#        DEGRADE_LINES=N lists on stderr, per copy of a tuning page, the N
#        transcription lines it reads worse than the scan and the lines
#        it reads that the transcription lacks, scripts/worse_lines.py)
set -euo pipefail

bench_name=bench_degraded
bench_needs_truth=1
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
scans=$scan_dir
truth=$scan_truth
vidoc=$work/vidoc
kinds=${DEGRADE:-j150 j100 bw blur}
pages=${DEGRADE_PAGES:-all}
case $pages in all | tuned | held) ;; *) log "DEGRADE_PAGES=$pages: want all, tuned or held"; exit 2 ;; esac

mkdir -p "$work/pages" "$work/copies" "$work/out"
shopt -s nullglob nocaseglob
for f in "$scans"/*.{jpg,jpeg,png,pdf}; do
  b=$(basename "$f"); b=${b%.*}
  case "$f" in
    *.pdf|*.PDF)
      pdftoppm -r 300 -png "$f" "$work/pages/$b"
      n=$(ls "$work/pages/$b"-*.png | wc -l)
      k=0
      for img in $(ls "$work/pages/$b"-*.png | sort -V); do
        k=$((k + 1))
        name=$(truth_name "$b" "$k" "$n")
        if [ -n "$name" ]; then mv "$img" "$work/pages/$name.png"; else rm "$img"; fi
      done ;;
    *) [ -f "$truth/$b.truth.txt" ] && cp "$f" "$work/pages/$b.${f##*.}" ;;
  esac
done
shopt -u nocaseglob


rows=$work/rows
: >"$rows"
for page in "$work/pages"/*; do
  name=$(basename "$page"); name=${name%.*}
  h=-; if is_held_out "$name"; then h=yes; fi
  case $pages:$h in tuned:yes | held:-) continue ;; esac
  log "$name"
  go run scripts/degrade.go -out "$work/copies/$name" "$page"
  "$vidoc" ocr -j 1 "$page" 2>>"$work/log" | "$vidoc" fix >"$work/out/$name.scan" 2>>"$work/log"
  read -r sc _ < <(cer_syl "$truth/$name.truth.txt" "$work/out/$name.scan")
  for kind in $kinds; do
    copy=$(ls "$work/copies/$name.$kind".*)
    o=$work/out/$name.$kind
    tesseract "$copy" - -l vie 2>/dev/null >"$o.raw"
    "$vidoc" ocr -j 1 --no-upscale "$copy" 2>>"$work/log" | "$vidoc" fix >"$o.plain" 2>>"$work/log"
    t0=$(now)
    "$vidoc" ocr -j 1 "$copy" 2>>"$work/log" >"$o.ocr"
    secs=$(since "$t0")
    "$vidoc" fix <"$o.ocr" >"$o.vidoc" 2>>"$work/log"
    read -r rc rs < <(cer_syl "$truth/$name.truth.txt" "$o.raw")
    read -r pc ps < <(cer_syl "$truth/$name.truth.txt" "$o.plain")
    read -r vc vs < <(cer_syl "$truth/$name.truth.txt" "$o.vidoc")
    echo "$name $kind $h $rc $pc $vc $rs $ps $vs $sc $secs" >>"$rows"
    if [ -n "${DEGRADE_LINES:-}" ] && [ "$h" = - ]; then
      log "$name $kind: lines read worse than on the scan"
      python3 scripts/worse_lines.py "$truth/$name.truth.txt" "$work/out/$name.scan" "$o.vidoc" "$DEGRADE_LINES" >&2
    fi
  done
done

echo "## Degraded copies of the real scans ($scan_set_label)"
echo
echo "CER and syllable accuracy (%) per copy against truth/*.truth.txt (vscore.py). Copies (scripts/degrade.go): j150/j100 JPEG quality 60 at 150/100 dpi, bw 1-bit at 200 dpi, blur Gaussian sd 1.2 px and JPEG quality 75. Tesseract: \`tesseract -l vie\`; as is: \`vidoc ocr --no-upscale | vidoc fix\`; vidoc: \`vidoc ocr | vidoc fix\` (pages of small print enlarged before OCR and layout); scan: vidoc on the page as scanned; s: wall seconds of \`vidoc ocr -j 1\` on the copy. Held out: pages of documents no rule was tuned on."
echo
echo "| page | copy | held out | CER Tesseract | CER as is | CER vidoc | CER scan | syl. Tesseract | syl. as is | syl. vidoc | s |"
echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
sort -k3,3 -k2,2 -k1,1 "$rows" | awk '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, ($3 == "yes" ? "yes" : ""), $4, $5, $6, $10, $7, $8, $9, $11 }'
echo
# Means per copy kind, tuned and held-out pages apart; pages over 5 % CER.
echo "| copy | pages | mean CER Tesseract | mean CER as is | mean CER vidoc | mean CER scan | pages over 5 % (as is, vidoc) | s |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
awk '{ h = ($3 == "yes") ? "held out" : "tuned"
  k = $2 " (" h ")"; n[k]++; r[k] += $4; p[k] += $5; v[k] += $6; sc[k] += $10; t[k] += $11; if ($5 > 5) op[k]++; if ($6 > 5) ov[k]++ }
  END { for (k in n) printf "| %s | %d | %.2f | %.2f | %.2f | %.2f | %d, %d | %.1f |\n", k, n[k], r[k] / n[k], p[k] / n[k], v[k] / n[k], sc[k] / n[k], op[k], ov[k], t[k] }' "$rows" | sort
echo
