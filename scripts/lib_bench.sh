# lib_bench.sh: the set-up every benchmark script shares. Sourced, not run;
# the caller sets `bench_name` (its log prefix). It defines:
#   root, shared           the repository (the working folder) and ../shared
#   log, now, since        logging to stderr and wall-clock timing
#   work                   a temporary folder, removed on exit
# checks that tesseract and /usr/bin/time are installed, sets
# OMP_THREAD_LIMIT=1 and builds vidoc into $work/vidoc.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
shared=${SHARED:-$root/../shared}
export OMP_THREAD_LIMIT=1

log() { echo "$bench_name: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
command -v tesseract >/dev/null || { log "tesseract not installed (make deps)"; exit 1; }
[ -x /usr/bin/time ] || { log "/usr/bin/time missing (Debian package time)"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log "building vidoc"
go build -o "$work/vidoc" ./cmd/vidoc
