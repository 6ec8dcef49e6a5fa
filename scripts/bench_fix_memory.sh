#!/usr/bin/env bash
# bench_fix_memory.sh: does `vidoc fix` stream in bounded memory?
#
# Makes diacritic-stripped text from ../shared/corpus (wiki, legal, debian, in
# that order, repeated if needed) at 1 MB, 10 MB and FIX_MEM_MB (default 100)
# MB, runs `vidoc fix -j 1` over each through a pipe (and -j with every CPU over
# 10 MB) and prints a Markdown table of peak RSS (/usr/bin/time -v) and
# throughput, per second of wall clock and per CPU-second. Flat memory means
# the largest input's peak is close to the smallest's, not 100 times it.
#
# Usage: scripts/bench_fix_memory.sh        (SHARED overrides ../shared)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
big=${FIX_MEM_MB:-100}
log() { echo "bench_fix_memory: $*" >&2; }
[ -d "$shared/corpus" ] || { log "no corpus at $shared/corpus: skipped"; echo "Not run: no corpus at \`$shared/corpus\`."; exit 0; }
[ -x /usr/bin/time ] || { log "/usr/bin/time missing (Debian package time)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
go build -o "$work/vidoc" ./cmd/vidoc

strip_corpus() { # strip_corpus MB OUT
  python3 - "$1" "$2" "$shared/corpus" <<'PY'
import os, sys, unicodedata
limit, out, corpus = int(sys.argv[1]) << 20, sys.argv[2], sys.argv[3]
files = []
for sub in ("wiki", "legal", "debian"):
    d = os.path.join(corpus, sub)
    files += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt"))
written = 0
with open(out, "w", encoding="utf-8") as w:
    while written < limit:
        for f in files:
            for line in open(f, encoding="utf-8"):
                s = unicodedata.normalize("NFD", line.replace("đ", "d").replace("Đ", "D"))
                s = "".join(c for c in s if unicodedata.category(c) != "Mn")
                w.write(s)
                written += len(s.encode())
                if written >= limit:
                    sys.exit(0)
PY
}

# run_fix MB JOBS: one `vidoc fix -j JOBS` over $work/in.txt, as a table row.
run_fix() {
  local mb=$1 jobs=$2 syl t0 secs cpu rss
  syl=$(wc -w < "$work/in.txt")
  log "vidoc fix -j $jobs over $mb MB"
  t0=$(date +%s.%N)
  /usr/bin/time -v -o "$work/time" "$work/vidoc" fix -j "$jobs" < "$work/in.txt" > /dev/null
  secs=$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  cpu=$(awk -F: '/User time|System time/ { s += $2 } END { print s }' "$work/time")
  rss=$(awk -F: '/Maximum resident set size/ { print $2 + 0 }' "$work/time")
  awk -v mb="$mb" -v j="$jobs" -v syl="$syl" -v s="$secs" -v c="$cpu" -v r="$rss" \
    'BEGIN { printf "| %d MB | %d | %d | %.1f | %.0f | %.0f | %.0f MiB |\n", mb, j, syl, s, syl / s, syl / c, r / 1024 }'
}

echo "| input (stripped corpus text) | -j | syllables | seconds | syllables/s | syllables/CPU-s | peak RSS |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for mb in 1 10 "$big"; do
  log "making $mb MB of stripped text"
  strip_corpus "$mb" "$work/in.txt"
  run_fix "$mb" 1
  # The parallel gain, on the middle size only: the largest takes long enough.
  # getconf, not nproc: nproc obeys the OMP_THREAD_LIMIT=1 bench.sh exports.
  if [ "$mb" = 10 ] && [ "$(getconf _NPROCESSORS_ONLN)" -gt 1 ]; then
    run_fix "$mb" "$(getconf _NPROCESSORS_ONLN)"
  fi
done
