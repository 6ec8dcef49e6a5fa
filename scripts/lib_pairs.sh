# lib_pairs.sh: what the benchmarks over cmd/pagegen's (truth, OCR) page pairs
# share (bench.sh, bench_rendered.sh). Sourced, not run. It defines:
#   stage_pairs PAIRS WORK KIND...  copies each pair's truth to WORK/truth/NAME.txt
#                                   and its KIND reading to WORK/in/KIND/NAME.txt
#                                   (the kind "correct" is the truth itself), the
#                                   layout `vidoc eval --truth` pairs by name;
#                                   sets n_pages
#   total_field FILE FIELD          a field of the "total" line of `vidoc eval`'s text output

stage_pairs() {
  local pairs=$1 work=$2 k src f
  shift 2
  rm -rf "$work/truth" "$work/in"
  mkdir -p "$work/truth"
  for f in "$pairs"/*.truth.txt; do
    cp "$f" "$work/truth/$(basename "$f" .truth.txt).txt"
  done
  for k in "$@"; do
    src=$k
    [ "$k" = correct ] && src=truth
    mkdir -p "$work/in/$k"
    for f in "$pairs"/*."$src".txt; do
      cp "$f" "$work/in/$k/$(basename "$f" ."$src".txt).txt"
    done
  done
  n_pages=$(ls "$work/truth" | wc -l)
}

total_field() { awk -v f="$2" '$1=="total" { for (i=2;i<=NF;i++) { split($i,kv,"="); if (kv[1]==f) print kv[2] } }' "$1"; }
