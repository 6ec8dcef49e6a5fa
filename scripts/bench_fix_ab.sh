#!/usr/bin/env bash
# bench_fix_ab.sh BASE: the speed of `vidoc fix` at the commit BASE against
# the working tree, as ratios measured in one session, on the stripped pages
# scripts/bench_rendered.sh measures (the (truth, OCR) page pairs in PAIRS,
# default .bench/pairs-s1-p1; none are made here).
#
# The machine is shared, so neither build is timed alone: every round runs
# BASE then the working tree on the same input, CPU seconds (user + system)
# of each, and the least of AB_ROUNDS rounds (default 5) counts. Rows, with
# adaptation on (the default) and off:
#   - one `vidoc fix` per page, start-up included;
#   - one `vidoc fix` on all pages in one file, the start-up (a one-line
#     input, the least of its rounds) subtracted: bench_rendered.sh's
#     figure against issue 12's target of 20 k syllables per CPU-second;
# then the peak memory (maximum resident set) of each on the 100-page
# document bench_rendered.sh makes. Syllables are counted by `vidoc eval`
# on the pages against their transcriptions. Prints Markdown; logs to stderr.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
base=${1:?usage: bench_fix_ab.sh BASE}
rounds=${AB_ROUNDS:-5}
pairs=${PAIRS:-$root/.bench/pairs-s1-p1}
log() { echo "bench_fix_ab: $*" >&2; }
ls "$pairs"/*.stripped.txt >/dev/null 2>&1 || {
  log "no stripped page pairs in $pairs (scripts/bench_rendered.sh makes them)"
  exit 1
}
[ -x /usr/bin/time ] || { log "/usr/bin/time missing (Debian package time)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

sha=$(git rev-parse --verify "$base^{commit}")
log "building $base ($sha) and the working tree"
mkdir -p "$work/base-src"
git archive "$sha" | tar -x -C "$work/base-src"
(cd "$work/base-src" && go build -o "$work/vidoc-base" ./cmd/vidoc)
go build -o "$work/vidoc-head" ./cmd/vidoc

# shellcheck source=lib_pairs.sh
source "$root/scripts/lib_pairs.sh"
stage_pairs "$pairs" "$work" stripped
"$work/vidoc-head" eval --truth "$work/truth" "$work/in/stripped" >"$work/eval.txt"
syl=$(total_field "$work/eval.txt" words)
cat "$work/in/stripped"/*.txt >"$work/stream.txt"
printf 'Quyet dinh nay co hieu luc ke tu ngay ky.\n' >"$work/one-line.txt"
pages=("$work/in/stripped"/*.txt)
: >"$work/doc100.txt"
for ((i = 0; i < 100; i++)); do
  cat "${pages[i % ${#pages[@]}]}" >>"$work/doc100.txt"
  printf '\n' >>"$work/doc100.txt"
done

# cpu_of CMD...: CPU seconds (user + system) CMD and its children used.
cpu_of() {
  local TIMEFORMAT='%3U %3S'
  { time "$@" >/dev/null 2>>"$work/fix.log"; } 2>&1 | awk '{ printf "%.3f", $1 + $2 }'
}
per_page() { # per_page BIN ADAPT
  local f
  for f in "$work/in/stripped"/*.txt; do "$1" fix --adapt="$2" "$f"; done
}
least() { printf '%s\n' "$@" | sort -g | head -1; }
declare -A t
for v in base head; do
  for m in true false; do t[$v,page,$m]="" t[$v,stream,$m]=""; done
  t[$v,start]=""
done
for ((i = 0; i < rounds; i++)); do
  log "round $((i + 1)) of $rounds"
  for m in true false; do
    for v in base head; do
      t[$v,page,$m]+=" $(cpu_of per_page "$work/vidoc-$v" "$m")"
      t[$v,stream,$m]+=" $(cpu_of "$work/vidoc-$v" fix --adapt="$m" "$work/stream.txt")"
    done
  done
  for v in base head; do
    t[$v,start]+=" $(cpu_of "$work/vidoc-$v" fix --adapt=false "$work/one-line.txt")"
  done
done
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / (s + 1e-9) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / (b + 1e-9) }'; }

echo "\`vidoc fix\` at $base (${sha:0:10}) against the working tree, on the ${#pages[@]} stripped pages of $(basename "$pairs")"
echo "($syl syllables): syllables per CPU-second (user + system), the least CPU time of $rounds alternated rounds."
echo
echo "| run | adaptation | $base | working tree | tree / $base |"
echo "|---|---|---:|---:|---:|"
for m in true false; do
  a=$(least ${t[base,page,$m]}) b=$(least ${t[head,page,$m]})
  echo "| one \`vidoc fix\` per page, start-up included | $m | $(rate "$syl" "$a") | $(rate "$syl" "$b") | $(ratio "$a" "$b") |"
done
for m in true false; do
  s0a=$(least ${t[base,start]}) s0b=$(least ${t[head,start]})
  a=$(awk -v x="$(least ${t[base,stream,$m]})" -v y="$s0a" 'BEGIN { printf "%.3f", x - y }')
  b=$(awk -v x="$(least ${t[head,stream,$m]})" -v y="$s0b" 'BEGIN { printf "%.3f", x - y }')
  echo "| one \`vidoc fix\` on all pages in one file, start-up (${s0a}s / ${s0b}s) subtracted | $m | $(rate "$syl" "$a") | $(rate "$syl" "$b") | $(ratio "$a" "$b") |"
done
echo
rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
echo "Peak memory (maximum resident set, KiB) of \`vidoc fix\` on the 100-page document ($(wc -c <"$work/doc100.txt") bytes):"
echo
echo "| adaptation | $base | working tree |"
echo "|---|---:|---:|"
for m in true false; do
  echo "| $m | $(rss "$work/vidoc-base" fix --adapt="$m" "$work/doc100.txt") | $(rss "$work/vidoc-head" fix --adapt="$m" "$work/doc100.txt") |"
done
