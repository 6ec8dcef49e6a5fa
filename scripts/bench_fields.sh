#!/usr/bin/env bash
# bench_fields.sh: header fields found by `vidoc scan` on the real dev scans.
#
# Scans ../shared/dev/scans and scores each first page's header fields
# (parent body, issuer, number and symbol, place, date, type, title) against
# ../shared/dev/scans/truth/*.fields.json with ../shared/tools/fields.py (a
# partial field counts as right when the part given is right and the rest is
# null). The documents held out from tuning (held_out in lib_bench.sh) are
# totalled apart. When
# vidoc has a layout stage (scan --no-layout exists), both orders are scored:
# Tesseract's own and the layout's.
# Logs go to stderr, the Markdown table to stdout.
#
# Usage: scripts/bench_fields.sh [SCANS_DIR]    (SHARED overrides ../shared)
set -euo pipefail
bench_name=bench_fields
# shellcheck source=lib_bench.sh
source "$(dirname "$0")/lib_bench.sh"
scans=${1:-$shared/dev/scans}
truth=$scans/truth
jobs=${BENCH_JOBS:-2}
[ -d "$truth" ] || { log "$truth not found (set SHARED)"; exit 1; }
[ -f "$shared/tools/fields.py" ] || { log "$shared/tools/fields.py not found"; exit 1; }

orders=(default)
labels=("vidoc scan")
if "$work/vidoc" scan --help 2>&1 | grep -q -- '--no-layout'; then
  orders=(no-layout default)
  labels=("Tesseract order (--no-layout)" "layout order")
fi
for o in "${orders[@]}"; do
  flags=()
  [ "$o" = no-layout ] && flags=(--no-layout)
  log "vidoc scan ${flags[*]:-} $scans"
  # Exit code 3 (some inputs failed) still leaves the others scored.
  "$work/vidoc" scan "$scans" -o "$work/out-$o" -j "$jobs" --progress json "${flags[@]}" \
    >/dev/null 2>"$work/events-$o" || [ $? -eq 3 ] || { log "scan failed; see below"; tail -5 "$work/events-$o" >&2; exit 1; }
  python3 "$shared/tools/fields.py" "$truth" "$work/out-$o" --json >"$work/fields-$o.json"
done

python3 - "$held_out" "${#orders[@]}" "${labels[@]}" "${orders[@]/#/$work/fields-}" <<'PY'
import json, sys
held = set(sys.argv[1].split())
n = int(sys.argv[2])
labels = sys.argv[3:3 + n]
runs = [json.load(open(p + ".json")) for p in sys.argv[3 + n:3 + 2 * n]]
print("| document | set | " + " | ".join(labels) + " |")
print("|---|---|" + "---|" * n)
totals = {}
for doc in sorted(runs[0]["docs"]):
    cells = []
    for i, r in enumerate(runs):
        res = r["docs"][doc]
        right = sum(res.values())
        wrong = [k for k, v in res.items() if not v]
        t = totals.setdefault((doc in held, i), [0, 0])
        t[0] += right
        t[1] += len(res)
        cells.append("%d/%d%s" % (right, len(res), " (wrong: " + ", ".join(wrong) + ")" if wrong else ""))
    print("| %s | %s | %s |" % (doc, "held out" if doc in held else "tuned on", " | ".join(cells)))
for h, name in ((False, "tuned on"), (True, "held out")):
    cells = ["%d/%d" % tuple(totals.get((h, i), [0, 0])) for i in range(n)]
    print("| **total %s** | | %s |" % (name, " | ".join(cells)))
cells = ["%d/%d" % (r["right"], r["total"]) for r in runs]
print("| **total** | | %s |" % " | ".join(cells))
PY
